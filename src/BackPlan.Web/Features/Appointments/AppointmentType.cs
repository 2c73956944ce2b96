using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Appointments;

/// <summary>A kind of visit with its length, e.g. "treatment-45". Every clinic starts with <see cref="Defaults"/>.</summary>
public sealed class AppointmentType : IClinicOwned
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 240;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>Stable name for the API (<c>type=treatment-45</c>); unique in the clinic.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>A multiple of <see cref="SlotClaim.Minutes"/>, so an appointment covers whole slots.</summary>
    public int Minutes { get; set; }

    public bool Active { get; set; } = true;

    public static bool IsValidLength(int minutes) =>
        minutes is >= MinMinutes and <= MaxMinutes && minutes % SlotClaim.Minutes == 0;

    /// <summary>The defaults: initial assessment 60, treatment 30/45/60, review 30 (editable afterwards).</summary>
    public static IEnumerable<AppointmentType> Defaults(Guid clinicId, string locale)
    {
        var polish = locale.StartsWith("pl", StringComparison.OrdinalIgnoreCase);
        return new (string Code, string English, string Polish, int Minutes)[]
        {
            ("initial-assessment", "Initial assessment", "Wizyta wstępna (ocena)", 60),
            ("treatment-30", "Treatment 30 min", "Terapia 30 min", 30),
            ("treatment-45", "Treatment 45 min", "Terapia 45 min", 45),
            ("treatment-60", "Treatment 60 min", "Terapia 60 min", 60),
            ("review", "Review", "Wizyta kontrolna", 30),
        }.Select(d => new AppointmentType { ClinicId = clinicId, Code = d.Code, Name = polish ? d.Polish : d.English, Minutes = d.Minutes });
    }
}
