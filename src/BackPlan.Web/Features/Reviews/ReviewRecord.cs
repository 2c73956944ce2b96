using BackPlan.Clinical.Changes;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Reviews;

/// <summary>A review point: the stepped-care decision with the numbers behind it, and what the practitioner did.</summary>
public sealed class ReviewRecord : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    /// <summary>continue, revise or refer (plans.md), as BackPlan computed it.</summary>
    public required string Outcome { get; set; }

    public List<string> Reasons { get; set; } = [];

    public List<ChangeResult> Changes { get; set; } = [];

    /// <summary>Referral reason, when the practitioner referred.</summary>
    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
