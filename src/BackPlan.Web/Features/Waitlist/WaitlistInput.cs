using BackPlan.Clinical.Waitlist;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>The waitlist form, for the patient in the portal and for staff. Empty practitioner: any practitioner.</summary>
public sealed class WaitlistInput
{
    public const string BadType = "Choose the kind of visit.";
    public const string BadPractitioner = "Choose a practitioner from the list, or any practitioner.";
    public const string EarliestMissing = "Enter the earliest date you could come.";
    public const string EarliestPast = "The earliest date cannot be in the past.";
    public const string LatestMissing = "Enter the latest date that would still help you.";
    public const string LatestBeforeEarliest = "The latest date cannot be before the earliest date.";
    public const string LatestTooFar = "The latest date is too far ahead: choose one within the next three months.";

    public static IReadOnlyList<string> Messages { get; } =
        [BadType, BadPractitioner, EarliestMissing, EarliestPast, LatestMissing, LatestBeforeEarliest, LatestTooFar];

    public string? PractitionerId { get; set; }

    public string? TypeId { get; set; }

    public DateOnly? Earliest { get; set; }

    public DateOnly? Latest { get; set; }

    public bool Morning { get; set; }

    public bool Afternoon { get; set; }

    public bool Evening { get; set; }

    public TimesOfDay Times =>
        (Morning ? TimesOfDay.Morning : TimesOfDay.Any) | (Afternoon ? TimesOfDay.Afternoon : TimesOfDay.Any) | (Evening ? TimesOfDay.Evening : TimesOfDay.Any);

    /// <summary>The dates only; the lists (types, practitioners) are checked against the database by <see cref="WaitlistEntries"/>.</summary>
    public Dictionary<string, string[]> Validate(DateOnly today, int maxDaysAhead)
    {
        var errors = new Dictionary<string, string[]>();
        if (Earliest is null)
        {
            errors[nameof(Earliest)] = [EarliestMissing];
        }
        else if (Earliest < today)
        {
            errors[nameof(Earliest)] = [EarliestPast];
        }

        if (Latest is null)
        {
            errors[nameof(Latest)] = [LatestMissing];
        }
        else if (Earliest is { } earliest && Latest < earliest)
        {
            errors[nameof(Latest)] = [LatestBeforeEarliest];
        }
        else if (Latest > today.AddDays(maxDaysAhead))
        {
            errors[nameof(Latest)] = [LatestTooFar];
        }

        return errors;
    }

    public static WaitlistInput From(WaitlistEntry entry) => new()
    {
        PractitionerId = entry.PractitionerId?.ToString(),
        TypeId = entry.AppointmentTypeId.ToString(),
        Earliest = entry.Earliest,
        Latest = entry.Latest,
        Morning = entry.Times.HasFlag(TimesOfDay.Morning),
        Afternoon = entry.Times.HasFlag(TimesOfDay.Afternoon),
        Evening = entry.Times.HasFlag(TimesOfDay.Evening),
    };
}
