using BackPlan.Clinical.Plans;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Examinations;

/// <summary>
/// One examination finding: a plans.md finding code, its region and side where they apply
/// (<see cref="PlanVocabulary"/>), and severity 1–3. The shape the plan recommender takes.
/// </summary>
public sealed record ExaminationFinding(string Code, string? Region, string? Side, int Severity)
{
    /// <summary>Names the finding within its examination, which holds one per code, region and side.</summary>
    public string Key() => $"{Code}/{Region}/{Side}";

    public PlanFinding ToPlanFinding() => new(Code, Region, Side, Severity);
}

/// <summary>
/// The physical examination of one episode: findings by region and side, range of motion,
/// posture, neurological signs and notes. One per episode, created on the first save and then
/// updated; every change is audited by the interceptor like any patient-owned row.
/// </summary>
public sealed class Examination : IPatientOwned
{
    public const int MaxFindings = 100;
    public const int MaxTextLength = 2000;
    public const int MaxNotesLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    public List<ExaminationFinding> Findings { get; set; } = [];

    /// <summary>Modified Schober: increase in cm of the 15 cm span on bending forward (0–15).</summary>
    public decimal? SchoberCm { get; set; }

    /// <summary>Fingertip-to-floor distance in cm at full forward bend (−30 to 100; negative below floor level).</summary>
    public decimal? FingertipFloorCm { get; set; }

    public string? PostureObservations { get; set; }

    /// <summary>Straight-leg raise on the left: null when not tested.</summary>
    public bool? StraightLegRaiseLeft { get; set; }

    /// <summary>Straight-leg raise on the right: null when not tested.</summary>
    public bool? StraightLegRaiseRight { get; set; }

    /// <summary>Reflexes, sensation, strength and anything else neurological, in words.</summary>
    public string? NeurologicalSigns { get; set; }

    public string? Notes { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
