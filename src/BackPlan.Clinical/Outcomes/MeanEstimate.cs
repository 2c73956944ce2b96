namespace BackPlan.Clinical.Outcomes;

/// <summary>A mean (e.g. of change scores) with its 95 % confidence interval; the interval needs n ≥ 2.</summary>
public sealed record MeanEstimate(int N, double? Mean, double? StandardDeviation, double? Lower, double? Upper, string Method);
