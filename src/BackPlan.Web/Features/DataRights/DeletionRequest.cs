using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.DataRights;

public enum DeletionOutcome
{
    /// <summary>Waiting in the admin queue.</summary>
    Pending,

    /// <summary>Clinical records must be kept: the portal account was removed and contact details erased.</summary>
    AccountClosed,

    /// <summary>Nothing had to be kept: the patient record and account were erased.</summary>
    Erased,
}

/// <summary>
/// A patient's request to delete their account, and what the clinic did with it. Kept after the
/// outcome (without health data) as the record that the request was answered.
/// </summary>
public sealed class DeletionRequest : IPatientOwned
{
    public const int MaxTextLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public DateTime RequestedAt { get; set; }

    /// <summary>The patient's own words, if they gave any.</summary>
    public string? Reason { get; set; }

    public DeletionOutcome Outcome { get; set; } = DeletionOutcome.Pending;

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The admin's note, e.g. which records are kept and until when.</summary>
    public string? Note { get; set; }
}
