namespace BackPlan.Clinical.Plans;

/// <summary>One of the patient's visits under the plan, on the clinic's local day; cancelled visits do not use a session.</summary>
public sealed record PlannedVisit(DateOnly Day, bool Cancelled);

/// <summary>Why a day may or may not take another self-booked session.</summary>
public enum AllowanceVerdict
{
    Allowed,
    NoSessionsLeft,
    WeekFull,
    OutsideWindow,
}

/// <summary>A local week (Monday to Sunday) that can still take <see cref="Free"/> sessions.</summary>
public sealed record OpenWeek(DateOnly Monday, int Free);

/// <summary>
/// What a patient may still book themselves under a plan's schedule: <see cref="Remaining"/> sessions
/// (planned minus attended, booked and missed ones), at most <see cref="PerWeek"/> in one local week
/// (Monday to Sunday), on days from <see cref="From"/> up to but not including <see cref="Until"/>.
/// </summary>
public sealed record SessionAllowance(int Remaining, int PerWeek, DateOnly From, DateOnly Until, IReadOnlyDictionary<DateOnly, int> UsedPerWeek)
{
    /// <summary>Whether one more session on <paramref name="day"/> keeps within the plan.</summary>
    public AllowanceVerdict Check(DateOnly day)
    {
        if (Remaining <= 0)
        {
            return AllowanceVerdict.NoSessionsLeft;
        }

        if (day < From || day >= Until)
        {
            return AllowanceVerdict.OutsideWindow;
        }

        return UsedPerWeek.GetValueOrDefault(SessionAllowances.WeekOf(day)) >= PerWeek ? AllowanceVerdict.WeekFull : AllowanceVerdict.Allowed;
    }

    /// <summary>The weeks of the window that still have room, each capped by the sessions remaining.</summary>
    public IReadOnlyList<OpenWeek> OpenWeeks()
    {
        var weeks = new List<OpenWeek>();
        if (Remaining <= 0)
        {
            return weeks;
        }

        for (var monday = SessionAllowances.WeekOf(From); monday < Until; monday = monday.AddDays(7))
        {
            var free = Math.Min(PerWeek - UsedPerWeek.GetValueOrDefault(monday), Remaining);
            if (free > 0)
            {
                weeks.Add(new OpenWeek(monday, free));
            }
        }

        return weeks;
    }
}

/// <summary>
/// The rule for patients booking their own sessions within the approved plan's schedule. The
/// course runs for the plan's weeks from the first session (or from today when none is booked
/// yet); the weekly frequency is the plan's sessions spread over its weeks, rounded up (6 over 4
/// weeks allows 2 in a week). Attended, booked and missed visits use a session; cancelled ones do
/// not. A clinic may also limit how far ahead patients book.
/// </summary>
public static class SessionAllowances
{
    /// <summary>Sessions a week, rounded up: the plan's frequency.</summary>
    public static int PerWeek(PlanSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Weeks <= 0 ? schedule.Sessions : (schedule.Sessions + schedule.Weeks - 1) / schedule.Weeks;
    }

    /// <summary>The Monday of the local week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <param name="schedule">The approved plan's schedule.</param>
    /// <param name="visits">The patient's visits since the plan was first approved.</param>
    /// <param name="today">The clinic's local today: nothing is booked before it.</param>
    /// <param name="maxWeeksAhead">The clinic's limit on booking ahead, in weeks from today.</param>
    public static SessionAllowance For(PlanSchedule schedule, IEnumerable<PlannedVisit> visits, DateOnly today, int maxWeeksAhead)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeeksAhead, 1);
        var used = visits.Where(v => !v.Cancelled).Select(v => v.Day).ToList();
        var first = used.Count > 0 ? used.Min() : today;
        var planEnd = first.AddDays(Math.Max(schedule.Weeks, 1) * 7);
        var horizon = today.AddDays(maxWeeksAhead * 7);
        var perWeek = used.GroupBy(WeekOf).ToDictionary(g => g.Key, g => g.Count());
        return new SessionAllowance(
            Math.Max(schedule.Sessions - used.Count, 0),
            PerWeek(schedule),
            today,
            planEnd < horizon ? planEnd : horizon,
            perWeek);
    }
}
