using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>A recurring weekly block of working time in local wall-clock time.</summary>
public sealed record WeeklyHours(IsoDayOfWeek Day, LocalTime Start, LocalTime End, Guid? LocationId = null);

/// <summary>A one-off local period, e.g. time off from 2026-03-29T00:00 to 2026-03-30T00:00.</summary>
public sealed record LocalPeriod(LocalDateTime Start, LocalDateTime End);

/// <summary>One practitioner's week, absences and bookings, in the clinic's zone.</summary>
public sealed record Schedule(
    DateTimeZone Zone,
    IReadOnlyList<WeeklyHours> Hours,
    IReadOnlyList<LocalPeriod> TimeOff,
    IReadOnlyList<Interval> Busy);

public enum SlotFit
{
    Fits,
    OutsideWorkingHours,
    TimeOff,
    Busy,
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
    public static IEnumerable<Interval> FreeSlots(Schedule schedule, Duration length, Instant from, Instant to, Instant? notBefore = null)
    {
        var blocked = Blocked(schedule).ToList();
        var earliest = notBefore is { } n && n > from ? n : from;
        foreach (var (shift, _) in Shifts(schedule, from - length, to + length).OrderBy(s => s.Shift.Start))
        {
            for (var start = shift.Start; start + length <= shift.End && start < to; start += Step)
            {
                var slot = new Interval(start, start + length);
                if (start >= earliest && !blocked.Any(b => Overlaps(b, slot)))
                {
                    yield return slot;
                }
            }
        }
    }

    /// <summary>Whether a proposed appointment lies inside one working shift, clear of time off and other bookings.</summary>
    public static (SlotFit Fit, WeeklyHours? Shift) Check(Schedule schedule, Interval candidate)
    {
        var shift = Shifts(schedule, candidate.Start - Duration.FromDays(1), candidate.End + Duration.FromDays(1))
            .FirstOrDefault(s => s.Shift.Start <= candidate.Start && candidate.End <= s.Shift.End);
        if (shift.Hours is null)
        {
            return (SlotFit.OutsideWorkingHours, null);
        }

        if (schedule.TimeOff.Select(t => ToInterval(schedule.Zone, t)).Any(t => Overlaps(t, candidate)))
        {
            return (SlotFit.TimeOff, shift.Hours);
        }

        return schedule.Busy.Any(b => Overlaps(b, candidate)) ? (SlotFit.Busy, shift.Hours) : (SlotFit.Fits, shift.Hours);
    }

    /// <summary>The real instants of every shift that starts on a local day touching [from, to).</summary>
    public static IEnumerable<(Interval Shift, WeeklyHours Hours)> Shifts(Schedule schedule, Instant from, Instant to)
    {
        var zone = schedule.Zone;
        var first = from.InZone(zone).Date.PlusDays(-1);
        var last = to.InZone(zone).Date;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in schedule.Hours.Where(h => h.Day == date.DayOfWeek && h.End > h.Start))
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

    public static Interval ToInterval(DateTimeZone zone, LocalPeriod period) =>
        new(zone.AtLeniently(period.Start).ToInstant(), zone.AtLeniently(period.End).ToInstant());

    public static bool Overlaps(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    /// <summary>On the 15-minute grid of the slot claims (which, for every zone in use today, is also the local grid).</summary>
    public static bool IsOnGrid(Instant instant) => instant.ToUnixTimeTicks() % Step.BclCompatibleTicks == 0;

    private static IEnumerable<Interval> Blocked(Schedule schedule) =>
        schedule.TimeOff.Select(t => ToInterval(schedule.Zone, t)).Concat(schedule.Busy);
}
