namespace BackPlan.Clinical.Changes;

/// <summary>
/// When a change counts as a meaningful improvement or a deterioration. Points and percentages
/// are measured in the instrument's "better" direction, so "improvement 10 points" on the ODI
/// means a decrease of 10. When both improvement thresholds are set, <see cref="BothRequired"/>
/// says whether they are joined by "and" (NPRS) or "or" (ODI, RMDQ). The evaluable baseline
/// bounds keep floor and ceiling effects out of responder counts (evidence.md §6.2).
/// </summary>
public sealed record ResponderRule(
    string Text,
    decimal? ImprovementPoints = null,
    decimal? ImprovementPercent = null,
    bool BothRequired = false,
    decimal? DeteriorationPoints = null,
    decimal? DeteriorationPercent = null,
    decimal? EvaluableFrom = null,
    decimal? EvaluableUpTo = null);
