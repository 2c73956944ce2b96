namespace BackPlan.Clinical.Screening;

/// <summary>A yes/no screening question, in BackPlan's own plain words for patients.</summary>
public sealed record ScreeningItem(string Code, string Question);
