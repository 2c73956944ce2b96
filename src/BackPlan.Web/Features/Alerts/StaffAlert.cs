using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Alerts;

public enum AlertSeverity
{
    Info,
    Warning,
    Urgent,
}

/// <summary>
/// Something about a patient that a clinician must look at: a red flag in a form, a pain rating
/// of 7 or more, an exercise that made things worse, strong soreness after a session, an adverse
/// event, a flare-up. Shown on /alerts until someone acknowledges it; its addressee is also emailed
/// (without health details) through the outbox.
/// </summary>
public sealed class StaffAlert : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid? EpisodeId { get; set; }

    /// <summary>The practitioner it is addressed to; null means every practitioner of the clinic.</summary>
    public Guid? StaffMemberId { get; set; }

    /// <summary>One of <see cref="AlertKinds.All"/>; pages show it as <c>alert.{kind}</c>.</summary>
    public required string Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    /// <summary>The facts behind it as recorded (e.g. "NPRS 8", the patient's own words); not translated.</summary>
    public string? Detail { get; set; }

    /// <summary>
    /// The home exercise's library code when the alert came from the exercise log: pages name the
    /// exercise in the reader's language (<see cref="AlertDetail"/>); null for other alerts and for
    /// exercise alerts raised before the code was kept (their detail names it in English).
    /// </summary>
    public string? Exercise { get; set; }

    /// <summary>A local link to the record to look at (e.g. the episode or the form).</summary>
    public string? Link { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }
}
