using BackPlan.Clinical.Sessions;

namespace BackPlan.Clinical.Tests.Sessions;

public class PostSessionCheckRuleTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(10, true)]
    public void SorenessAlerts_AtSevenOrMore_True(int soreness, bool expected)
    {
        Assert.Equal(expected, PostSessionCheckRule.SorenessAlerts(soreness));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void IsValidSoreness_ZeroToTen_True(int soreness, bool expected)
    {
        Assert.Equal(expected, PostSessionCheckRule.IsValidSoreness(soreness));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("tingling in my left foot", true)]
    public void ReportsUnexpected_AnyWords_True(string? text, bool expected)
    {
        Assert.Equal(expected, PostSessionCheckRule.ReportsUnexpected(text));
    }
}
