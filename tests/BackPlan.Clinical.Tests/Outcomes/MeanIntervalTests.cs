using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class MeanIntervalTests
{
    [Fact]
    public void Compute_TenChanges_MatchesHandCalculation()
    {
        // mean −2.3, SD 1.4944, t(0.975, 9) = 2.2622 → −2.3 ± 1.0691
        var estimate = MeanInterval.Compute([-2, -3, -1, -4, 0, -2, -5, -1, -3, -2]);

        Assert.Equal(10, estimate.N);
        Assert.Equal(-2.3, estimate.Mean!.Value, 10);
        Assert.Equal(1.4944, estimate.StandardDeviation!.Value, 4);
        Assert.Equal(-3.3691, estimate.Lower!.Value, 4);
        Assert.Equal(-1.2309, estimate.Upper!.Value, 4);
    }

    [Fact]
    public void Compute_NoValues_GivesNulls()
    {
        var estimate = MeanInterval.Compute([]);

        Assert.Equal(0, estimate.N);
        Assert.Null(estimate.Mean);
        Assert.Null(estimate.Lower);
    }

    [Fact]
    public void Compute_OneValue_HasMeanButNoInterval()
    {
        var estimate = MeanInterval.Compute([4]);

        Assert.Equal(4, estimate.Mean);
        Assert.Null(estimate.StandardDeviation);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
    }

    [Fact]
    public void Compute_IdenticalValues_IntervalCollapsesToMean()
    {
        var estimate = MeanInterval.Compute([3, 3, 3]);

        Assert.Equal(3, estimate.Lower);
        Assert.Equal(3, estimate.Upper);
    }
}
