namespace BackPlan.Clinical.Scoring;

/// <summary>Scores valid answers (item code → numeric value, booleans as 1/0); null when incomplete.</summary>
internal delegate RawScore? ScoringRule(IReadOnlyDictionary<string, decimal> values);

/// <summary>An unrounded score. A null <see cref="Band"/> means "look it up in the definition's bands".</summary>
internal sealed record RawScore(decimal Score, IReadOnlyDictionary<string, decimal>? Subscales = null, string? Band = null);
