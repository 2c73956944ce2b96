namespace BackPlan.Clinical.Scoring;

/// <summary>
/// A named band of scores from <see cref="Min"/> to <see cref="Max"/>; either end may be
/// exclusive (ODI "moderate" is above 20 up to 40; Schober "reduced" is below 5). <see cref="Note"/>
/// explains a band that depends on more than the total (STarT Back "high" uses the subscale).
/// </summary>
public sealed record Band(string Code, decimal Min, decimal Max, bool MinExclusive = false, bool MaxExclusive = false, string? Note = null)
{
    public bool Contains(decimal score) =>
        (MinExclusive ? score > Min : score >= Min) && (MaxExclusive ? score < Max : score <= Max);
}
