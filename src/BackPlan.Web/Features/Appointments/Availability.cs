using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>A recurring weekly block of working time in local wall-clock time.</summary>
public sealed record WeeklyHours(IsoDayOfWeek Day, LocalTime Start, LocalTime End, Guid? LocationId = null);

/// <summary>A one-off local period, e.g. time off from 2026-03-29T00:00 to 2026-03-30T00:00.</summary>
public sealed record LocalPeriod(LocalDateTime Start, LocalDateTime End);

/// <summary>
/// One practitioner's week, absences and bookings, in the clinic's zone; hours at a location in
/// <see cref="Locations"/> are that location's local time and limited by its opening hours.
/// </summary>
public sealed record Schedule(
    DateTimeZone Zone,
    IReadOnlyList<WeeklyHours> Hours,
    IReadOnlyList<LocalPeriod> TimeOff,
    IReadOnlyList<Interval> Busy)
{
    public IReadOnlyList<LocationOpening> Locations { get; init; } = [];
}

/// <summary>
/// A location's zone, weekly opening hours and closed days. With no hours and no closed days it
/// limits nothing (a location whose opening hours were never set works as before they existed);
/// a location out of use is never open.
/// </summary>
public sealed record LocationOpening(Guid LocationId, DateTimeZone Zone, IReadOnlyList<WeeklyHours> Open, IReadOnlyList<LocalDate> Closed, bool InUse = true)
{
    public bool Limits => !InUse || Open.Count > 0 || Closed.Count > 0;
}

public enum SlotFit
{
    Fits,
    OutsideWorkingHours,
    TimeOff,
    Busy,
    LocationClosed,
}

/// <summary>
/// Free slots and the working-time check, as pure functions of NodaTime values (no database, no
/// clock), so DST and edge cases are unit-tested. Working hours are local: a shift of 08:00–16:00
/// is eight real hours on any day; a shift that spans a DST change is as long as it really is,
/// and a local time that does not exist (the spring gap) is never offered.
/// </summary>
public static class Availability
{
    public static readonly Duration Step = Duration.FromMinutes(SlotClaim.Minutes);

    /// <summary>
    /// Every start in [from, to) (and not before <paramref name="notBefore"/>), on the
    /// <see cref="Step"/> grid from each shift's start, where <paramref name="length"/> fits
    /// inside one shift without touching time off or a busy interval.
    /// </summary>
    public static IEnumerable<Interval> FreeSlots(Schedule schedule, Duration length, Instant from, Instant to, Instant? notBefore = null) =>
        FreeSlotsWithHours(schedule, length, from, to, notBefore).Select(s => s.Slot);

    /// <summary><see cref="FreeSlots"/> with the working hours each slot falls in (its location and so its zone).</summary>
    public static IEnumerable<(Interval Slot, WeeklyHours Hours)> FreeSlotsWithHours(Schedule schedule, Duration length, Instant from, Instant to, Instant? notBefore = null)
    {
        var blocked = Blocked(schedule).ToList();
        var earliest = notBefore is { } n && n > from ? n : from;
        foreach (var (shift, hours) in OpenShifts(schedule, from - length, to + length).OrderBy(s => s.Shift.Start))
        {
            // Opening hours typed off the quarter hour (08:10) start the slots on the next one.
            var start = shift.Start;
            var offGrid = start.ToUnixTimeTicks() % Step.BclCompatibleTicks;
            if (offGrid != 0)
            {
                start += Step - Duration.FromTicks(offGrid);
            }

            for (; start + length <= shift.End && start < to; start += Step)
            {
                var slot = new Interval(start, start + length);
                if (start >= earliest && !blocked.Any(b => Overlaps(b, slot)))
                {
                    yield return (slot, hours);
                }
            }
        }
    }

    /// <summary>
    /// Whether a proposed appointment lies inside one working shift and inside its location's
    /// opening hours, clear of time off and other bookings.
    /// </summary>
    public static (SlotFit Fit, WeeklyHours? Shift) Check(Schedule schedule, Interval candidate)
    {
        var from = candidate.Start - Duration.FromDays(1);
        var to = candidate.End + Duration.FromDays(1);
        var shift = Shifts(schedule, from, to).FirstOrDefault(s => Contains(s.Shift, candidate));
        if (shift.Hours is null)
        {
            return (SlotFit.OutsideWorkingHours, null);
        }

        if (!OpenShifts(schedule, from, to).Any(s => Contains(s.Shift, candidate)))
        {
            return (SlotFit.LocationClosed, shift.Hours);
        }

        if (schedule.TimeOff.Select(t => ToInterval(schedule.Zone, t)).Any(t => Overlaps(t, candidate)))
        {
            return (SlotFit.TimeOff, shift.Hours);
        }

        return schedule.Busy.Any(b => Overlaps(b, candidate)) ? (SlotFit.Busy, shift.Hours) : (SlotFit.Fits, shift.Hours);
    }

    /// <summary>
    /// The real instants of every shift that starts on a local day touching [from, to), each in
    /// its location's zone (the clinic's for a location not in the schedule).
    /// </summary>
    public static IEnumerable<(Interval Shift, WeeklyHours Hours)> Shifts(Schedule schedule, Instant from, Instant to)
    {
        foreach (var group in schedule.Hours.Where(h => h.End > h.Start).GroupBy(h => ZoneOf(schedule, h)))
        {
            foreach (var (interval, hours) in Weekly(group.Key, group, from, to))
            {
                yield return (interval, hours);
            }
        }
    }

    /// <summary>
    /// <see cref="Shifts"/> cut to their locations' opening hours: a shift can become several
    /// pieces (a lunch break) or none (a closed day).
    /// </summary>
    public static IEnumerable<(Interval Shift, WeeklyHours Hours)> OpenShifts(Schedule schedule, Instant from, Instant to)
    {
        foreach (var (shift, hours) in Shifts(schedule, from, to))
        {
            var location = schedule.Locations.FirstOrDefault(l => l.LocationId == hours.LocationId);
            if (location is null || !location.Limits)
            {
                yield return (shift, hours);
                continue;
            }

            foreach (var open in Opening(location, shift.Start, shift.End))
            {
                var start = open.Start > shift.Start ? open.Start : shift.Start;
                var end = open.End < shift.End ? open.End : shift.End;
                if (end > start)
                {
                    yield return (new Interval(start, end), hours);
                }
            }
        }
    }

    /// <summary>The real instants a location is open on local days touching [from, to), in its own zone.</summary>
    public static IEnumerable<Interval> Opening(LocationOpening location, Instant from, Instant to)
    {
        if (!location.InUse)
        {
            yield break;
        }

        var zone = location.Zone;
        var first = from.InZone(zone).Date.PlusDays(-1);
        var last = to.InZone(zone).Date;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (location.Closed.Contains(date))
            {
                continue;
            }

            // Closed days only, without weekly hours: open all day on the other days.
            var hours = location.Open.Count == 0
                ? [new WeeklyHours(date.DayOfWeek, LocalTime.Midnight, LocalTime.Midnight)]
                : location.Open.Where(h => h.Day == date.DayOfWeek && h.End > h.Start);
            foreach (var h in hours)
            {
                var start = zone.AtLeniently(date + h.Start).ToInstant();
                var end = h.End == LocalTime.Midnight && h.Start == LocalTime.Midnight
                    ? zone.AtStartOfDay(date.PlusDays(1)).ToInstant()
                    : zone.AtLeniently(date + h.End).ToInstant();
                if (end > start && end > from && start < to)
                {
                    yield return new Interval(start, end);
                }
            }
        }
    }

    /// <summary>The zone a block of working hours is read in: its location's, else the clinic's.</summary>
    public static DateTimeZone ZoneOf(Schedule schedule, WeeklyHours hours) =>
        schedule.Locations.FirstOrDefault(l => l.LocationId == hours.LocationId)?.Zone ?? schedule.Zone;

    public static Interval ToInterval(DateTimeZone zone, LocalPeriod period) =>
        new(zone.AtLeniently(period.Start).ToInstant(), zone.AtLeniently(period.End).ToInstant());

    public static bool Overlaps(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    /// <summary>On the 15-minute grid of the slot claims (which, for every zone in use today, is also the local grid).</summary>
    public static bool IsOnGrid(Instant instant) => instant.ToUnixTimeTicks() % Step.BclCompatibleTicks == 0;

    private static IEnumerable<(Interval Shift, WeeklyHours Hours)> Weekly(DateTimeZone zone, IEnumerable<WeeklyHours> week, Instant from, Instant to)
    {
        var first = from.InZone(zone).Date.PlusDays(-1);
        var last = to.InZone(zone).Date;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in week.Where(h => h.Day == date.DayOfWeek))
            {
                // Lenient: a time in the spring gap moves forward by the gap; an ambiguous autumn
                // time takes its earlier occurrence.
                var start = zone.AtLeniently(date + hours.Start).ToInstant();
                var end = zone.AtLeniently(date + hours.End).ToInstant();
                if (end > start && end > from && start < to)
                {
                    yield return (new Interval(start, end), hours);
                }
            }
        }
    }

    private static bool Contains(Interval outer, Interval inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static IEnumerable<Interval> Blocked(Schedule schedule) =>
        schedule.TimeOff.Select(t => ToInterval(schedule.Zone, t)).Concat(schedule.Busy);
}
