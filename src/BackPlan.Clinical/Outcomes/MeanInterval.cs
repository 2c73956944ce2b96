namespace BackPlan.Clinical.Outcomes;

/// <summary>Mean with a 95 % confidence interval from the t distribution: mean ± t(0.975, n − 1) × SD ÷ √n.</summary>
public static class MeanInterval
{
    public static MeanEstimate Compute(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        const string method = "mean with 95% t interval";
        var n = values.Count;
        if (n == 0)
        {
            return new MeanEstimate(0, null, null, null, null, method);
        }

        var mean = values.Average();
        if (n == 1)
        {
            return new MeanEstimate(1, mean, null, null, null, method);
        }

        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = StudentT.Quantile(0.975, n - 1) * sd / Math.Sqrt(n);
        return new MeanEstimate(n, mean, sd, mean - half, mean + half, method);
    }

    /// <summary>
    /// The same interval from n, Σx and Σx², as a database aggregates them, so a dashboard never
    /// loads the values. The variance is clamped at 0 against rounding when all values are equal.
    /// </summary>
    public static MeanEstimate FromSums(int n, double sum, double sumOfSquares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        const string method = "mean with 95% t interval";
        if (n == 0)
        {
            return new MeanEstimate(0, null, null, null, null, method);
        }

        var mean = sum / n;
        if (n == 1)
        {
            return new MeanEstimate(1, mean, null, null, null, method);
        }

        var sd = Math.Sqrt(Math.Max(0, (sumOfSquares - (sum * sum / n)) / (n - 1)));
        var half = StudentT.Quantile(0.975, n - 1) * sd / Math.Sqrt(n);
        return new MeanEstimate(n, mean, sd, mean - half, mean + half, method);
    }
}
