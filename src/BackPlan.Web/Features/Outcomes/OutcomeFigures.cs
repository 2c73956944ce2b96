using BackPlan.Clinical.Outcomes;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>A proportion with its n, Wilson 95 % interval, and whether n is too small to say anything (under 10).</summary>
public sealed record ProportionFigure(int N, int Count, double? Proportion, double?[] Ci95, bool TooFewToTell)
{
    public const int MinimumN = 10;

    public static ProportionFigure Of(int count, int n)
    {
        var estimate = ProportionInterval.Wilson(count, n);
        return new ProportionFigure(n, count, estimate.Proportion, [estimate.Lower, estimate.Upper], n < MinimumN);
    }
}

/// <summary>A mean with its n and 95 % t interval; too few to tell under 10.</summary>
public sealed record MeanFigure(int N, double? Mean, double?[] Ci95, bool TooFewToTell)
{
    public static MeanFigure Of(int n, double? sum, double? sumOfSquares)
    {
        var estimate = MeanInterval.FromSums(n, sum ?? 0, sumOfSquares ?? 0);
        return new MeanFigure(n, estimate.Mean, [estimate.Lower, estimate.Upper], n < ProportionFigure.MinimumN);
    }
}
