using BackPlan.Web.Features.Locations;

namespace BackPlan.Web.Tests.Features.Locations;

public class OpeningHoursTextTests
{
    [Theory]
    [InlineData("08:00–12:00, 13:00-19:00", "08:00–12:00, 13:00–19:00")]
    [InlineData("13:00-19:00; 8:00 - 12:00", "08:00–12:00, 13:00–19:00")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    public void Parse_ValidText_GivesSortedIntervals(string text, string formatted)
    {
        var (intervals, error) = OpeningHoursText.Parse(text);

        Assert.Null(error);
        Assert.Equal(formatted, OpeningHoursText.Format(intervals));
    }

    [Theory]
    [InlineData("12:00–08:00", OpeningHoursText.CloseBeforeOpen)]
    [InlineData("08:00–08:00", OpeningHoursText.CloseBeforeOpen)]
    [InlineData("08:00–12:00, 11:00–14:00", OpeningHoursText.Overlap)]
    [InlineData("8 to 12", OpeningHoursText.FormatError)]
    [InlineData("25:00–26:00", OpeningHoursText.FormatError)]
    public void Parse_BadText_NamesTheProblem(string text, string expected) => Assert.Equal(expected, OpeningHoursText.Parse(text).Error);

    [Fact]
    public void Validate_BadDayAndClosures_ErrorsKeyedByTheirFields()
    {
        var input = new LocationInput { Name = "Main", Tuesday = "10:00–09:00", Closures = "2026-12-24 Christmas Eve\n24.12.2026", TimeZoneId = "Mars/Olympus" };

        var errors = input.Validate([]);

        Assert.Equal([OpeningHoursText.CloseBeforeOpen], errors["Tuesday"]);
        Assert.Equal([LocationInput.ClosureFormat], errors["Closures"]);
        Assert.Equal([LocationInput.UnknownZone], errors["TimeZoneId"]);
        Assert.False(errors.ContainsKey("Monday"));
    }
}
