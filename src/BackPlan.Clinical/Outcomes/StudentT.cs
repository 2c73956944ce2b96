namespace BackPlan.Clinical.Outcomes;

/// <summary>Student's t distribution, from the regularised incomplete beta function.</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t) with <paramref name="df"/> degrees of freedom.</summary>
    public static double Cdf(double t, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        // P(|T| > |t|) = I_{df / (df + t²)}(df / 2, 1 / 2) (Abramowitz & Stegun 26.7.1).
        var tail = 0.5 * IncompleteBeta.Regularized(df / 2, 0.5, df / (df + (t * t)));
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The t with P(T ≤ t) = p, found by bisection on the CDF (exact to ~1e-12, far past 3 decimals).</summary>
    public static double Quantile(double p, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        if (p is <= 0 or >= 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), "p must be strictly between 0 and 1.");
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, df);
        }

        double low = 0, high = 1;
        while (Cdf(high, df) < p)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-13; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Cdf(middle, df) < p ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
