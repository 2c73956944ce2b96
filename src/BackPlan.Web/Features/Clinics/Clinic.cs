namespace BackPlan.Web.Features.Clinics;

/// <summary>The tenant: every clinical record carries its ClinicId.</summary>
public sealed class Clinic
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>IANA zone, e.g. Europe/Warsaw; local days, opening hours and reminders use it.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>Default UI and letter language, e.g. pl-PL or en-GB.</summary>
    public required string Locale { get; set; }

    /// <summary>The function questionnaire used at intake and review: "odi" or "rmdq".</summary>
    public string FunctionInstrument { get; set; } = "odi";

    public List<Location> Locations { get; } = [];
}
