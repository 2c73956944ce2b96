using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class MeanIntervalFromSumsTests
{
    [Fact]
    public void FromSums_TenChanges_MatchesComputeOnTheValues()
    {
        double[] values = [-2, -3, -1, -4, 0, -2, -5, -1, -3, -2];

        // Σx = −23, Σx² = 73 → mean −2.3, SD 1.4944, −2.3 ± 1.0691 (as MeanIntervalTests).
        var estimate = MeanInterval.FromSums(values.Length, values.Sum(), values.Sum(v => v * v));

        Assert.Equal(-2.3, estimate.Mean!.Value, 10);
        Assert.Equal(1.4944, estimate.StandardDeviation!.Value, 4);
        Assert.Equal(-3.3691, estimate.Lower!.Value, 4);
        Assert.Equal(-1.2309, estimate.Upper!.Value, 4);
    }

    [Fact]
    public void FromSums_AllEqual_GivesZeroWidthInterval()
    {
        var estimate = MeanInterval.FromSums(3, -6, 12);

        Assert.Equal(-2, estimate.Mean!.Value, 10);
        Assert.Equal(0, estimate.StandardDeviation!.Value, 10);
        Assert.Equal(-2, estimate.Lower!.Value, 10);
    }

    [Fact]
    public void FromSums_OneOrNone_GivesNoInterval()
    {
        Assert.Null(MeanInterval.FromSums(0, 0, 0).Mean);
        var one = MeanInterval.FromSums(1, -4, 16);
        Assert.Equal(-4, one.Mean!.Value, 10);
        Assert.Null(one.Lower);
    }
}
