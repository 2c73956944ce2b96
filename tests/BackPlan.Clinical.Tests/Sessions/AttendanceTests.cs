using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Sessions;

namespace BackPlan.Clinical.Tests.Sessions;

/// <summary>Sessions planned to date and the attendance rate (adherence to the planned schedule).</summary>
public class AttendanceTests
{
    private static readonly PlanSchedule SixOverFour = new(6, 4, 45);
    private static readonly DateOnly Start = new(2026, 11, 2);

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)] // the first session is due on the start day
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(13, 3)]
    [InlineData(14, 4)]
    [InlineData(23, 6)]
    [InlineData(27, 6)]
    [InlineData(400, 6)] // never more than the plan's sessions
    public void PlannedToDate_SixSessionsOverFourWeeks_SpreadsThemEvenly(int daysAfterStart, int expected)
    {
        Assert.Equal(expected, Attendance.PlannedToDate(SixOverFour, Start, Start.AddDays(daysAfterStart)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(13, 2)]
    [InlineData(14, 3)]
    [InlineData(69, 10)]
    public void PlannedToDate_WeeklySessions_OneEachWeek(int daysAfterStart, int expected)
    {
        Assert.Equal(expected, Attendance.PlannedToDate(new PlanSchedule(10, 10, 60), Start, Start.AddDays(daysAfterStart)));
    }

    [Fact]
    public void PlannedToDate_EmptySchedule_PlansNothing()
    {
        Assert.Equal(0, Attendance.PlannedToDate(new PlanSchedule(0, 4, 30), Start, Start.AddDays(10)));
        Assert.Equal(0, Attendance.PlannedToDate(new PlanSchedule(6, 0, 30), Start, Start.AddDays(10)));
    }

    [Fact]
    public void Summarise_TwoOfThreeDue_RateTwoThirdsWithLostVisits()
    {
        var summary = Attendance.Summarise(SixOverFour, Start, Start.AddDays(10), attended: 2, noShows: 1, lateCancellations: 1);

        Assert.Equal(new AttendanceSummary(3, 6, 2, 1, 1, 0.67m), summary);
    }

    [Fact]
    public void Summarise_BeforeTheStart_HasNoRate()
    {
        var summary = Attendance.Summarise(SixOverFour, Start, Start.AddDays(-3), 0, 0, 0);

        Assert.Equal(0, summary.Planned);
        Assert.Null(summary.Rate);
    }

    [Theory]
    [InlineData(0, 4, 0)]
    [InlineData(4, 4, 1)]
    [InlineData(5, 4, 1.25)] // more visits than planned shows as over 100 %
    [InlineData(1, 3, 0.33)]
    public void Rate_IsAttendedOverPlanned(int attended, int planned, decimal expected)
    {
        Assert.Equal(expected, Attendance.Rate(attended, planned));
    }
}
