namespace BackPlan.Clinical.Outcomes;

/// <summary>Exact binomial test of a clinic's proportion against a published benchmark proportion.</summary>
public static class BinomialTest
{
    public const string Method = "exact binomial test, two-sided (sum of probabilities <= that of the observed count)";

    /// <summary>
    /// Two-sided p-value: the total probability, under the benchmark proportion, of every count
    /// no more likely than the observed one. This is the method of R's binom.test, including its
    /// relative tolerance of 1e-7 so that ties are not lost to rounding.
    /// </summary>
    public static BenchmarkComparison TwoSided(int successes, int n, double benchmark)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (benchmark is < 0 or > 1 || double.IsNaN(benchmark))
        {
            throw new ArgumentOutOfRangeException(nameof(benchmark), "The benchmark must be a proportion from 0 to 1.");
        }

        if (n == 0)
        {
            return new BenchmarkComparison(0, 0, null, benchmark, null, Method);
        }

        var observed = Probability(successes, n, benchmark);
        var pValue = Enumerable.Range(0, n + 1)
            .Select(k => Probability(k, n, benchmark))
            .Where(p => p <= observed * (1 + 1e-7))
            .Sum();
        return new BenchmarkComparison(successes, n, (double)successes / n, benchmark, Math.Min(1, pValue), Method);
    }

    /// <summary>P(X = k) for X ~ Binomial(n, p), through logarithms so large n does not overflow.</summary>
    private static double Probability(int k, int n, double p)
    {
        if (p == 0 || p == 1)
        {
            return (p == 0 ? k == 0 : k == n) ? 1 : 0;
        }

        var logChoose = LogGamma.Of(n + 1) - LogGamma.Of(k + 1) - LogGamma.Of(n - k + 1);
        return Math.Exp(logChoose + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p)));
    }
}
