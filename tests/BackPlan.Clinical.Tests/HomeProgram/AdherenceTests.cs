using BackPlan.Clinical.HomeProgram;
using NodaTime;

namespace BackPlan.Clinical.Tests.HomeProgram;

public class AdherenceTests
{
    // A Wednesday, so a 7-day window crosses the Monday that starts the ISO week.
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static IEnumerable<DoneDay> Done(string exercise, params int[] daysAgo) =>
        daysAgo.Select(d => new DoneDay(exercise, Today.AddDays(-d)));

    [Fact]
    public void Over_DailyDoneEveryDayAcrossWeekBoundary_Is100()
    {
        var result = Adherence.Over(7, Today, [new("bird_dog", 7, Today.AddDays(-30))], Done("bird_dog", 0, 1, 2, 3, 4, 5, 6));

        Assert.Equal(7m, result.Prescribed);
        Assert.Equal(100m, result.Percent);
    }

    [Fact]
    public void Over_TodayNotLoggedYet_CountsOnlyTheDaysBefore()
    {
        var result = Adherence.Over(7, Today, [new("bird_dog", 7, Today.AddDays(-30))], Done("bird_dog", 1, 2, 3));

        Assert.Equal(6m, result.Prescribed);
        Assert.Equal(50m, result.Percent);
    }

    [Fact]
    public void Over_LoggedDaysOutsideTheWindow_AreNotCounted()
    {
        var result = Adherence.Over(7, Today, [new("bird_dog", 7, Today.AddDays(-30))], Done("bird_dog", 0, 7, 8, 9));

        Assert.Equal(1m, result.Done);
        Assert.Equal(14.3m, result.Percent);
    }

    [Fact]
    public void Over_TwoExercises_OverdoingOneDoesNotMakeUpForTheOther()
    {
        Prescription[] program = [new("bird_dog", 7, Today.AddDays(-30)), new("side_bridge", 7, Today.AddDays(-30))];

        var result = Adherence.Over(7, Today, program, Done("bird_dog", 0, 1, 2, 3, 4, 5, 6));

        Assert.Equal(14m, result.Prescribed);
        Assert.Equal(50m, result.Percent);
    }

    [Fact]
    public void Over_MostDaysFourOfSeven_DoingFourIsComplete()
    {
        var result = Adherence.Over(7, Today, [new("bridge", 4, Today.AddDays(-30))], Done("bridge", 0, 2, 4, 6));

        Assert.Equal(4m, result.Prescribed);
        Assert.Equal(100m, result.Percent);
    }

    [Fact]
    public void Over_ProgramApprovedThreeDaysAgo_CountsOnlyDaysInForce()
    {
        var result = Adherence.Over(28, Today, [new("bird_dog", 7, Today.AddDays(-2))], Done("bird_dog", 0, 1, 2, 10));

        Assert.Equal(3m, result.Prescribed);
        Assert.Equal(100m, result.Percent);
    }

    [Fact]
    public void Over_NewVersionReplacedAnExercise_EachCountsWhileInForce()
    {
        var changed = Today.AddDays(-3);
        Prescription[] versions = [new("pelvic_tilt", 7, Today.AddDays(-30), changed), new("bird_dog", 7, changed)];

        // 4 days of pelvic tilt (6..3 days ago, all done), then 4 days of bird dog (today included, 2 done).
        var result = Adherence.Over(7, Today, versions, Done("pelvic_tilt", 6, 5, 4, 3, 2).Concat(Done("bird_dog", 0, 1)));

        Assert.Equal(7m, result.Prescribed);
        Assert.Equal(5m, result.Done);
        Assert.Equal(71.4m, result.Percent);
    }

    [Fact]
    public void Over_FourWeeks_DailyHalfDone_Is50()
    {
        var done = Enumerable.Range(0, 28).Where(d => d % 2 == 0).ToArray();

        var result = Adherence.Over(28, Today, [new("bird_dog", 7, Today.AddDays(-60))], Done("bird_dog", done));

        Assert.Equal(28m, result.Prescribed);
        Assert.Equal(50m, result.Percent);
    }

    [Fact]
    public void Over_NothingPrescribed_HasNoPercent()
    {
        var result = Adherence.Over(7, Today, [], Done("bird_dog", 0));

        Assert.Null(result.Percent);
    }

    [Theory]
    // 23:30 UTC on 24 Nov is already 25 Nov in Warsaw (UTC+1) and in Auckland (UTC+13), still 24 Nov in New York.
    [InlineData("Europe/Warsaw", "2026-11-25")]
    [InlineData("Pacific/Auckland", "2026-11-25")]
    [InlineData("America/New_York", "2026-11-24")]
    [InlineData("UTC", "2026-11-24")]
    public void LocalDay_LateEveningUtc_IsTheClinicsDay(string zone, string expected)
    {
        var day = LocalDay.Of(new DateTime(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc), DateTimeZoneProviders.Tzdb[zone]);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Fact]
    public void Over_LogsAtLocalMidnightInWarsaw_CountAsSeparateDays()
    {
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        // 22:30 UTC and 23:30 UTC on the same UTC day are two Warsaw days (23:30 and 00:30 local).
        var first = LocalDay.Of(new DateTime(2026, 11, 23, 22, 30, 0, DateTimeKind.Utc), warsaw);
        var second = LocalDay.Of(new DateTime(2026, 11, 23, 23, 30, 0, DateTimeKind.Utc), warsaw);

        var result = Adherence.Over(2, second, [new("bird_dog", 7, first.AddDays(-10))], [new("bird_dog", first), new("bird_dog", second)]);

        Assert.NotEqual(first, second);
        Assert.Equal(100m, result.Percent);
    }

    [Fact]
    public void Over_AcrossDstChangeInWarsaw_CountsLocalDays()
    {
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        // Summer time ends on 25 Oct 2026: each evening log at 19:00 local is 17:00 UTC before and 18:00 UTC after.
        var logs = new[] { new DateTime(2026, 10, 24, 17, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 25, 18, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 26, 18, 0, 0, DateTimeKind.Utc) }
            .Select(t => new DoneDay("bird_dog", LocalDay.Of(t, warsaw))).ToList();

        var result = Adherence.Over(3, new DateOnly(2026, 10, 26), [new("bird_dog", 7, new DateOnly(2026, 10, 1))], logs);

        Assert.Equal([new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26)], logs.Select(l => l.Day));
        Assert.Equal(100m, result.Percent);
    }

    [Fact]
    public void Over_PastWeek_CountsItsLastDayEvenWhenNotLogged()
    {
        var result = Adherence.Over(7, Today, [new("bird_dog", 7, Today.AddDays(-30))], Done("bird_dog", 1, 2, 3), todayIsOver: true);

        Assert.Equal(7m, result.Prescribed);
        Assert.Equal(42.9m, result.Percent);
    }
}
