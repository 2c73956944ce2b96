using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Amendments;

public enum AmendmentStatus
{
    Pending,
    Accepted,
    Denied,
}

/// <summary>
/// A patient's request to correct their record (HIPAA §164.526; decision 0041): what is wrong and
/// what it should say; staff accept it, noting what they changed, or deny it with a reason that stays
/// on the record; the patient may answer a denial with a statement of disagreement. Never deleted.
/// Every change is audited by the audit interceptor (<c>AmendmentRequest.created|modified</c>).
/// </summary>
public sealed class AmendmentRequest : IPatientOwned
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public required string WhatIsWrong { get; set; }

    public required string ShouldSay { get; set; }

    public DateTime RequestedAt { get; set; }

    public AmendmentStatus Status { get; set; } = AmendmentStatus.Pending;

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>Accepted: what was changed. Denied: the reason, which stays with the record.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>The patient's statement of disagreement with a denial.</summary>
    public string? Disagreement { get; set; }

    public DateTime? DisagreementAt { get; set; }
}
