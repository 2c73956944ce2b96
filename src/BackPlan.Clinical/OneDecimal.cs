namespace BackPlan.Clinical;

/// <summary>Scores are computed unrounded and reported to one decimal place (instruments.md).</summary>
internal static class OneDecimal
{
    // Adding 0.0m keeps one decimal digit, so 40 is written as 40.0 in JSON, as in the contract.
    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0m;

    public static decimal? Round(decimal? value) => value is { } v ? Round(v) : null;
}
