namespace BackPlan.Web.Features.Clinics;

/// <summary>The tenant: every clinical record carries its ClinicId.</summary>
public sealed class Clinic : PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>IANA zone, e.g. Europe/Warsaw; local days, opening hours and reminders use it.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>Default UI and letter language, e.g. pl-PL or en-GB.</summary>
    public required string Locale { get; set; }

    /// <summary>The function questionnaire used at intake and review: "odi" or "rmdq".</summary>
    public string FunctionInstrument { get; set; } = "odi";

    /// <summary>A few sentences for the public website's home page (the clinic's own language).</summary>
    public string? PublicDescription { get; set; }

    /// <summary>Services offered, one per line, listed on the public website.</summary>
    public string? PublicServices { get; set; }

    public string? PublicPhone { get; set; }

    public string? PublicEmail { get; set; }

    /// <summary>The clinic's own website, when the public site is not its only one.</summary>
    public string? PublicWebsite { get; set; }

    /// <summary>When the outcome aggregates were last rebuilt (<see cref="Outcomes.OutcomeAggregates"/>); written first, as the rebuild's lock.</summary>
    public DateTime? OutcomeAggregatesAt { get; set; }

    /// <summary>Every staff member signs in with a second factor, not only admins (decision 0036).</summary>
    public bool RequireTwoFactorForStaff { get; set; }

    /// <summary>
    /// A practitioner opens a patient's clinical record only on the patient's care team, or by
    /// emergency access with a reason (decision 0040). On unless the clinic turns it off.
    /// </summary>
    public bool RecordsForCareTeamOnly { get; set; } = true;

    public List<Location> Locations { get; } = [];
}
