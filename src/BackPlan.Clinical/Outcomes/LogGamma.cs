namespace BackPlan.Clinical.Outcomes;

/// <summary>ln Γ(x) for x &gt; 0 by the Lanczos approximation (g = 7, n = 9; relative error ~1e-15).</summary>
internal static class LogGamma
{
    private static readonly double[] Coefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    public static double Of(double x)
    {
        if (x < 0.5)
        {
            // Reflection formula: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - Of(1 - x);
        }

        x -= 1;
        var sum = Coefficients[0];
        for (var i = 1; i < Coefficients.Length; i++)
        {
            sum += Coefficients[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
