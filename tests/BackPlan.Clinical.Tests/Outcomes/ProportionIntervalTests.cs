using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class ProportionIntervalTests
{
    [Fact]
    public void Wilson_63Of100_MatchesKnownInterval()
    {
        var estimate = ProportionInterval.Wilson(63, 100);

        Assert.Equal(0.63, estimate.Proportion!.Value, 10);
        Assert.Equal(0.5322, estimate.Lower!.Value, 4);
        Assert.Equal(0.7182, estimate.Upper!.Value, 4);
    }

    [Fact]
    public void Wilson_NoneOf20_StartsAtZero()
    {
        var estimate = ProportionInterval.Wilson(0, 20);

        Assert.Equal(0, estimate.Lower!.Value, 12);
        Assert.Equal(0.1611, estimate.Upper!.Value, 4);
    }

    [Fact]
    public void Wilson_AllOf20_EndsAtOne()
    {
        var estimate = ProportionInterval.Wilson(20, 20);

        Assert.Equal(0.8389, estimate.Lower!.Value, 4);
        Assert.Equal(1, estimate.Upper!.Value, 12);
    }

    [Fact]
    public void Wilson_NoPatients_GivesNullsNotNaN()
    {
        var estimate = ProportionInterval.Wilson(0, 0);

        Assert.Null(estimate.Proportion);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
    }

    [Fact]
    public void Wilson_MoreSuccessesThanPatients_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Wilson(5, 4));
    }
}
