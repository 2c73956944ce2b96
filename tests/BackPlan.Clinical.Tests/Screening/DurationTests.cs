using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Screening;

public class DurationTests
{
    [Theory]
    [InlineData("2026-11-01", "2026-11-28", DurationClass.Acute)]
    [InlineData("2026-11-01", "2026-11-29", DurationClass.Subacute)]
    [InlineData("2026-09-01", "2026-11-23", DurationClass.Subacute)]
    [InlineData("2026-09-01", "2026-11-24", DurationClass.Chronic)]
    public void Classify_AtBoundaries_GivesBand(string onset, string assessed, DurationClass expected)
    {
        Assert.Equal(expected, Duration.Classify(DateOnly.Parse(onset, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(assessed, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
