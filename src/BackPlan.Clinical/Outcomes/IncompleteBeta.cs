namespace BackPlan.Clinical.Outcomes;

/// <summary>
/// The regularised incomplete beta function I_x(a, b), by its continued fraction evaluated with
/// the modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.4).
/// </summary>
internal static class IncompleteBeta
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;

    public static double Regularized(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma.Of(a + b) - LogGamma.Of(a) - LogGamma.Of(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        // The fraction converges fast for x < (a + 1) / (a + b + 2); otherwise use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - (front * ContinuedFraction(b, a, 1 - x) / b);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        double c = 1, d = 1 - ((a + b) * x / (a + 1));
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            foreach (var term in new[] { even, odd })
            {
                d = 1 + (term * d);
                d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
                c = 1 + (term / c);
                c = Math.Abs(c) < Tiny ? Tiny : c;
                h *= d * c;
            }

            if (Math.Abs((d * c) - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
