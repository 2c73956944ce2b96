namespace BackPlan.Clinical.Outcomes;

/// <summary>A clinic proportion set beside a published one, with the exact two-sided p-value (null when n = 0).</summary>
public sealed record BenchmarkComparison(int Successes, int N, double? Proportion, double Benchmark, double? PValue, string Method);
