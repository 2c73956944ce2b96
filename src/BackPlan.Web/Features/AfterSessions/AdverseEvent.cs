using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.AfterSessions;

public enum AdverseEventSeverity
{
    Mild,
    Moderate,
    Severe,
}

public enum AdverseEventOutcome
{
    Ongoing,
    Resolved,
    Referred,
}

/// <summary>An unwanted reaction after treatment, recorded by a clinician (from a post-session check or directly).</summary>
public sealed class AdverseEvent : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid? PostSessionCheckId { get; set; }

    public required string Description { get; set; }

    public AdverseEventSeverity Severity { get; set; }

    public AdverseEventOutcome Outcome { get; set; }

    public DateOnly OccurredOn { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
