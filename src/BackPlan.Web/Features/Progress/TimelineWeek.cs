namespace BackPlan.Web.Features.Progress;

/// <summary>
/// One week of the practitioner's timeline: home exercise adherence and what was reported
/// (alert kinds with their count: high pain, exercise made it worse, flare-up, soreness).
/// </summary>
public sealed record TimelineWeek(DateOnly From, DateOnly To, decimal? AdherencePercent, IReadOnlyDictionary<string, int> Reports);
