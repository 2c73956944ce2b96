namespace BackPlan.Clinical.Outcomes;

/// <summary>Confidence intervals for a proportion (responders, pain-free at one month …).</summary>
public static class ProportionInterval
{
    /// <summary>The 97.5 % point of the standard normal distribution.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson score interval (Wilson 1927): unlike the Wald interval it stays inside 0–1 and
    /// behaves at 0/n and n/n, which small clinics will see (Brown, Cai &amp; DasGupta 2001).
    /// </summary>
    public static ProportionEstimate Wilson(int successes, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        const string method = "Wilson score interval, 95%";
        if (n == 0)
        {
            return new ProportionEstimate(0, 0, null, null, null, method);
        }

        double p = (double)successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return new ProportionEstimate(successes, n, p, Math.Max(0, centre - half), Math.Min(1, centre + half), method);
    }
}
