using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Sessions;

public enum NoteStatus
{
    /// <summary>Being written; may be saved any number of times.</summary>
    Draft,

    /// <summary>Signed off and locked; later changes are addenda.</summary>
    SignedOff,
}

/// <summary>
/// The SOAP note of one appointment (one note per appointment). A draft may be edited; sign-off
/// locks it, and anything learnt later is added as a <see cref="SessionNoteAddendum"/> with its
/// author and time, so what was signed stays readable exactly as signed.
/// </summary>
public sealed class SessionNote : IPatientOwned
{
    public const int MaxTextLength = 4000;
    public const int MaxRows = 30;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid AppointmentId { get; set; }

    /// <summary>The episode the session belonged to (the patient's episode begun by the session's day), if any.</summary>
    public Guid? EpisodeId { get; set; }

    /// <summary>The appointment's practitioner (a staff id), copied for lists.</summary>
    public Guid PractitionerId { get; set; }

    /// <summary>The approved plan version in force when the note was started; technique rows link to its elements.</summary>
    public Guid? PlanVersionId { get; set; }

    public NoteStatus Status { get; set; } = NoteStatus.Draft;

    public string? Subjective { get; set; }

    public string? Objective { get; set; }

    /// <summary>Modified Schober (cm), as in the examination.</summary>
    public decimal? SchoberCm { get; set; }

    /// <summary>Fingertip-to-floor (cm), as in the examination.</summary>
    public decimal? FingertipFloorCm { get; set; }

    /// <summary>Findings today, in the examination's vocabulary (plans.md codes).</summary>
    public List<ExaminationFinding> Findings { get; set; } = [];

    public List<AppliedTechnique> Techniques { get; set; } = [];

    public string? Assessment { get; set; }

    public string? Plan { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? SignedAt { get; set; }

    public string? SignedBy { get; set; }

    /// <summary>The signer's staff id (the licence that was checked).</summary>
    public Guid? SignedByStaffId { get; set; }

    public List<SessionNoteAddendum> Addenda { get; } = [];

    public bool IsLocked => Status == NoteStatus.SignedOff;
}
