using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.EmergencyAccess;

/// <summary>
/// A practitioner outside a patient's care team opened the record in an emergency ("break the
/// glass"): who, why, and until when the record stays open to them (decision 0040). Kept for good,
/// as part of the record's history.
/// </summary>
public sealed class EmergencyGrant : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    /// <summary>The account that broke the glass (the grant is theirs alone).</summary>
    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>Why, in the practitioner's words.</summary>
    public required string Reason { get; set; }

    public DateTime GrantedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
