namespace BackPlan.Clinical.Screening;

/// <summary>
/// The screening outcome in the JSON shape of screening.md. A contraindication with two actions
/// (ci.recent_fracture, ci.pregnancy) appears once per action, so every entry has one action.
/// </summary>
public sealed record ScreeningResult(
    string Urgency,
    IReadOnlyList<FiredRule> Rules,
    IReadOnlyList<ContraindicationFinding> Contraindications,
    bool MayTreat,
    IReadOnlyList<string> ExcludedTechniques);

/// <summary>A rule that fired, with the items that made it fire.</summary>
public sealed record FiredRule(string Rule, string Level, IReadOnlyList<string> Because);

/// <summary>One action required by a contraindication that is present.</summary>
public sealed record ContraindicationFinding(string Code, string Action);
