namespace BackPlan.Clinical.Outcomes;

/// <summary>A proportion with its 95 % confidence interval; all null when there is no one to count (n = 0).</summary>
public sealed record ProportionEstimate(int Successes, int N, double? Proportion, double? Lower, double? Upper, string Method);
