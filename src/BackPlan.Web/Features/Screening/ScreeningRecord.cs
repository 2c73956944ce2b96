using BackPlan.Clinical.Screening;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Screening;

public static class ScreeningResolutions
{
    public const string Referred = "referred";
    public const string Cleared = "cleared";
}

/// <summary>
/// A red-flag and contraindication screening of one episode, with the clinical core's result.
/// When treatment may not go on, the episode stays blocked until a clinician records what was
/// done: a referral, or (not for an emergency) a clearance, each with a reason.
/// </summary>
public sealed class ScreeningRecord : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    public int? Age { get; set; }

    /// <summary>Item codes answered "yes".</summary>
    public List<string> Present { get; set; } = [];

    public required ScreeningResult Result { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public string? Resolution { get; set; }

    public string? ResolutionReason { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    /// <summary>Treatment, plan approval and booking wait for a clinician's resolution.</summary>
    public bool Blocks => !Result.MayTreat && Resolution is null;

    /// <summary>An emergency can only be resolved by recording the referral (screening.md).</summary>
    public bool MayBeCleared => Result.Urgency != Urgency.Emergency;
}
