using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// The input of <c>POST /api/v1/plans/recommend</c> (plans.md). Everything is nullable so that a
/// missing field is reported by validation rather than failing to bind.
/// </summary>
public sealed record PlanRequest(
    DateOnly? OnsetDate,
    DateOnly? AssessedOn,
    string? Sbst,
    ScreeningInput? Screening,
    IReadOnlyList<PlanFinding?>? Findings,
    IReadOnlyList<PlanGoal?>? Goals);

/// <summary>An examination finding: a plans.md finding code, region and side where they apply, severity 1–3.</summary>
public sealed record PlanFinding(string? Code, string? Region, string? Side, int? Severity);

/// <summary>A PSFS goal: its item id (e.g. <c>psfs.1</c>) and the patient's activity label.</summary>
public sealed record PlanGoal(string? Id, string? Label);
