namespace BackPlan.Clinical.Screening;

/// <summary>
/// A red-flag rule: its code, level, what it suggests and its condition in words. The internal
/// <see cref="Because"/> returns the items that made it fire (empty when it does not fire).
/// </summary>
public sealed record ScreeningRule(string Code, string Level, string Suspected, string Condition)
{
    internal Func<Findings, IReadOnlyList<string>> Because { get; init; } = _ => [];
}
