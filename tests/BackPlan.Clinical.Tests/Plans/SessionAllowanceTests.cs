using BackPlan.Clinical.Plans;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Which days and how many sessions a patient may still book under the plan's schedule.</summary>
public class SessionAllowanceTests
{
    private static readonly PlanSchedule SixOverFour = new(6, 4, 45);

    // A Wednesday.
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(6, 4, 2)]
    [InlineData(10, 10, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(4, 3, 2)]
    [InlineData(5, 0, 5)]
    public void PerWeek_Schedule_RoundsUp(int sessions, int weeks, int expected)
    {
        Assert.Equal(expected, SessionAllowances.PerWeek(new PlanSchedule(sessions, weeks, 30)));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")] // Monday
    [InlineData("2026-11-25", "2026-11-23")]
    [InlineData("2026-11-29", "2026-11-23")] // Sunday still belongs to the week that began on Monday
    [InlineData("2026-11-30", "2026-11-30")]
    public void WeekOf_Day_IsItsLocalMonday(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), SessionAllowances.WeekOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void For_AttendedAndBookedVisits_CountButCancelledDoNot()
    {
        var visits = new[]
        {
            new PlannedVisit(Today.AddDays(-9), Cancelled: false),
            new PlannedVisit(Today.AddDays(-7), Cancelled: true),
            new PlannedVisit(Today.AddDays(2), Cancelled: false),
        };

        var allowance = SessionAllowances.For(SixOverFour, visits, Today, maxWeeksAhead: 8);

        Assert.Equal(4, allowance.Remaining);
    }

    [Fact]
    public void Check_WeekHoldsPlannedFrequency_WeekFullButNextWeekAllowed()
    {
        // Monday and Friday of this week are used: two a week is the plan's frequency.
        var visits = new[] { new PlannedVisit(Today.AddDays(-2), false), new PlannedVisit(Today.AddDays(2), false) };

        var allowance = SessionAllowances.For(SixOverFour, visits, Today, maxWeeksAhead: 8);

        Assert.Equal(AllowanceVerdict.WeekFull, allowance.Check(Today.AddDays(4))); // Sunday, same week
        Assert.Equal(AllowanceVerdict.Allowed, allowance.Check(Today.AddDays(5))); // next Monday
    }

    [Fact]
    public void Check_CancelledVisitInWeek_FreesItsPlace()
    {
        var visits = new[] { new PlannedVisit(Today.AddDays(-2), false), new PlannedVisit(Today.AddDays(1), true) };

        var allowance = SessionAllowances.For(SixOverFour, visits, Today, maxWeeksAhead: 8);

        Assert.Equal(AllowanceVerdict.Allowed, allowance.Check(Today.AddDays(1)));
    }

    [Fact]
    public void Check_AllSessionsUsed_NoSessionsLeft()
    {
        var visits = Enumerable.Range(0, 6).Select(i => new PlannedVisit(Today.AddDays(-20 + (i * 3)), false));

        var allowance = SessionAllowances.For(SixOverFour, visits, Today, maxWeeksAhead: 8);

        Assert.Equal(0, allowance.Remaining);
        Assert.Equal(AllowanceVerdict.NoSessionsLeft, allowance.Check(Today.AddDays(7)));
        Assert.Empty(allowance.OpenWeeks());
    }

    [Fact]
    public void Check_AfterPlanWeeksFromFirstSession_OutsideWindow()
    {
        // The first session was 10 days ago: four weeks from it end 18 days from today.
        var allowance = SessionAllowances.For(SixOverFour, [new PlannedVisit(Today.AddDays(-10), false)], Today, maxWeeksAhead: 8);

        Assert.Equal(AllowanceVerdict.Allowed, allowance.Check(Today.AddDays(17)));
        Assert.Equal(AllowanceVerdict.OutsideWindow, allowance.Check(Today.AddDays(18)));
        Assert.Equal(AllowanceVerdict.OutsideWindow, allowance.Check(Today.AddDays(-1)));
    }

    [Fact]
    public void Check_NoVisitYet_WindowRunsFromTodayCappedByClinicLimit()
    {
        var allowance = SessionAllowances.For(SixOverFour, [], Today, maxWeeksAhead: 2);

        Assert.Equal(Today, allowance.From);
        Assert.Equal(Today.AddDays(14), allowance.Until);
        Assert.Equal(AllowanceVerdict.OutsideWindow, allowance.Check(Today.AddDays(14)));
    }

    [Fact]
    public void OpenWeeks_RemainingFewerThanWeeklyFrequency_CapsEachWeek()
    {
        // Five of six used (two this week): one left, offered next week only (the four weeks from
        // the first session end on 7 December).
        var visits = new[]
        {
            new PlannedVisit(Today.AddDays(-16), false), new PlannedVisit(Today.AddDays(-14), false),
            new PlannedVisit(Today.AddDays(-9), false), new PlannedVisit(Today.AddDays(-2), false), new PlannedVisit(Today, false),
        };

        var weeks = SessionAllowances.For(SixOverFour, visits, Today, maxWeeksAhead: 8).OpenWeeks();

        Assert.Equal([new OpenWeek(new DateOnly(2026, 11, 30), 1)], weeks);
    }
}
