using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class StudentTTests
{
    // Two-sided 95 % critical values from standard t tables.
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(2, 4.303)]
    [InlineData(5, 2.571)]
    [InlineData(9, 2.262)]
    [InlineData(29, 2.045)]
    [InlineData(100, 1.984)]
    [InlineData(100000, 1.960)]
    public void Quantile_0975_MatchesTable(int df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 3);
    }

    [Theory]
    [InlineData(0.995, 10, 3.169)]
    [InlineData(0.95, 20, 1.725)]
    [InlineData(0.9995, 1, 636.619)]
    public void Quantile_OtherLevels_MatchesTable(double p, int df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(p, df), 3);
    }

    [Fact]
    public void Quantile_LowerTail_IsNegativeOfUpper()
    {
        Assert.Equal(-StudentT.Quantile(0.975, 9), StudentT.Quantile(0.025, 9), 10);
    }

    [Fact]
    public void Cdf_AtZero_IsHalf()
    {
        Assert.Equal(0.5, StudentT.Cdf(0, 7), 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Quantile_ProbabilityOutsideOpenInterval_Throws(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(p, 5));
    }
}
