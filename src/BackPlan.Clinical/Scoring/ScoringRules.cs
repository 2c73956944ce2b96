namespace BackPlan.Clinical.Scoring;

/// <summary>The shapes of scoring shared by several instruments (instruments.md, "Codes and rules").</summary>
internal static class ScoringRules
{
    /// <summary>The value of one item (SQS, Schober, fingertip-to-floor).</summary>
    public static ScoringRule Single(string item) =>
        values => values.TryGetValue(item, out var value) ? new RawScore(value) : null;

    /// <summary>Mean of the answered items, once at least <paramref name="minAnswered"/> are given (PSFS, PEG).</summary>
    public static ScoringRule Mean(int minAnswered) =>
        values => values.Count >= minAnswered && values.Count > 0 ? new RawScore(values.Values.Sum() / values.Count) : null;

    /// <summary>
    /// Sum as a percentage of the maximum possible for the answered items (ODI, Fairbank 2000:
    /// sum ÷ (5 × answered) × 100). Multiplying before dividing keeps exact results exact.
    /// </summary>
    public static ScoringRule PercentOfMaximum(decimal itemMax, int minAnswered) =>
        values => values.Count >= minAnswered
            ? new RawScore(values.Values.Sum() * 100m / (itemMax * values.Count))
            : null;

    /// <summary>Count of true items prorated to the full length: count × total ÷ answered (RMDQ).</summary>
    public static ScoringRule ProratedCount(int itemCount, int minAnswered) =>
        values => values.Count >= minAnswered
            ? new RawScore(values.Values.Sum() * itemCount / values.Count)
            : null;
}
