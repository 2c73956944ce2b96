namespace BackPlan.Clinical.Screening;

/// <summary>A contraindication or precaution question and the actions it sets when present.</summary>
public sealed record ContraindicationItem(string Code, string Question, IReadOnlyList<string> Actions);
