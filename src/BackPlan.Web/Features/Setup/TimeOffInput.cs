namespace BackPlan.Web.Features.Setup;

/// <summary>A one-off absence as typed on the schedule page, in the clinic's local time.</summary>
public sealed class TimeOffInput
{
    public const int MaxReasonLength = 200;

    public DateOnly? StartDate { get; set; }

    public TimeOnly? StartTime { get; set; } = new(0, 0);

    public DateOnly? EndDate { get; set; }

    public TimeOnly? EndTime { get; set; } = new(23, 45);

    public string? Reason { get; set; }

    public DateTime LocalStart => StartDate!.Value.ToDateTime(StartTime ?? TimeOnly.MinValue);

    public DateTime LocalEnd => EndDate!.Value.ToDateTime(EndTime ?? TimeOnly.MinValue);

    /// <summary>Field → messages (English keys); <paramref name="today"/> is the clinic's local date.</summary>
    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (StartDate is null)
        {
            errors[nameof(StartDate)] = ["Give the first day."];
        }

        if (EndDate is null)
        {
            errors[nameof(EndDate)] = ["Give the last day."];
        }
        else if (EndDate < today)
        {
            errors[nameof(EndDate)] = ["Time off must not be entirely in the past."];
        }

        if (StartDate is not null && EndDate is not null && LocalEnd <= LocalStart)
        {
            errors[nameof(EndDate)] = ["The end must be after the start."];
        }

        if (Reason?.Length > MaxReasonLength)
        {
            errors[nameof(Reason)] = ["Keep the reason to at most 200 characters."];
        }

        return errors;
    }
}
