using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Staff;
using NodaTime;

namespace BackPlan.Web.Features.Setup;

/// <summary>A new block of a practitioner's working week, as typed on the schedule page.</summary>
public sealed class HoursInput
{
    public IsoDayOfWeek Day { get; set; } = IsoDayOfWeek.Monday;

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public Guid? LocationId { get; set; }

    /// <summary>Field → messages (English keys; pages translate them). Empty when the block can be saved.</summary>
    public Dictionary<string, string[]> Validate(IEnumerable<WorkingHours> existing, IReadOnlyCollection<Guid> locations)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(Day) || Day == IsoDayOfWeek.None)
        {
            errors[nameof(Day)] = ["Choose a day."];
        }

        if (Start is not { } start)
        {
            errors[nameof(Start)] = ["Give the start time."];
        }
        else if (!OnSlot(start))
        {
            errors[nameof(Start)] = ["Use a time on a quarter hour (e.g. 08:00, 08:15)."];
        }

        if (End is not { } end)
        {
            errors[nameof(End)] = ["Give the end time."];
        }
        else if (!OnSlot(end))
        {
            errors[nameof(End)] = ["Use a time on a quarter hour (e.g. 08:00, 08:15)."];
        }
        else if (Start is { } s && end <= s)
        {
            errors[nameof(End)] = ["The end must be after the start."];
        }

        if (LocationId is not { } location || !locations.Contains(location))
        {
            errors[nameof(LocationId)] = ["Choose a location."];
        }

        if (errors.Count == 0 && existing.Any(w => w.Day == Day && w.Start < End && Start < w.End))
        {
            errors[nameof(Start)] = ["These hours overlap hours already set for that day."];
        }

        return errors;
    }

    private static bool OnSlot(TimeOnly time) => time.Second == 0 && time.Minute % SlotClaim.Minutes == 0;
}
