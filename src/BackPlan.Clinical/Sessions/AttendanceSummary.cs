using BackPlan.Clinical.Plans;

namespace BackPlan.Clinical.Sessions;

/// <summary>
/// Adherence to the planned schedule so far: <see cref="Planned"/> sessions due by today,
/// <see cref="Attended"/> of them attended, and the visits lost. <see cref="Rate"/> is attended ÷
/// planned to date (null before the first session is due); it may exceed 1 when the patient came
/// more often than planned.
/// </summary>
public sealed record AttendanceSummary(int Planned, int PlannedTotal, int Attended, int NoShows, int LateCancellations, decimal? Rate);

/// <summary>Attendance arithmetic: the sessions a schedule plans by a given day, and the attendance rate.</summary>
public static class Attendance
{
    /// <summary>
    /// Sessions due by <paramref name="today"/> when <paramref name="schedule"/>'s sessions are spread
    /// evenly over its weeks from <paramref name="start"/> (day 1). The first session is due on the
    /// start day and the last by the end of the last week, so 6 sessions over 4 weeks are due on days
    /// 1, 5, 10, 14, 19 and 24 (rounding up: a session counts as due as soon as its share of the
    /// period has begun).
    /// </summary>
    public static int PlannedToDate(PlanSchedule schedule, DateOnly start, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Sessions <= 0 || schedule.Weeks <= 0 || today < start)
        {
            return 0;
        }

        var days = schedule.Weeks * 7L;
        var elapsed = Math.Min(today.DayNumber - start.DayNumber + 1L, days);
        var due = (schedule.Sessions * elapsed + days - 1) / days;
        return (int)Math.Min(due, schedule.Sessions);
    }

    /// <summary>The summary for a schedule that started on <paramref name="start"/>, with the counts since then.</summary>
    public static AttendanceSummary Summarise(PlanSchedule schedule, DateOnly start, DateOnly today, int attended, int noShows, int lateCancellations)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var planned = PlannedToDate(schedule, start, today);
        return new AttendanceSummary(planned, schedule.Sessions, attended, noShows, lateCancellations, Rate(attended, planned));
    }

    /// <summary>attended ÷ planned to two decimals, or null when nothing was planned yet.</summary>
    public static decimal? Rate(int attended, int planned) =>
        planned <= 0 ? null : Math.Round((decimal)attended / planned, 2, MidpointRounding.AwayFromZero);
}
