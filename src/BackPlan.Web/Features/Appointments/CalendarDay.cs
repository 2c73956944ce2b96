using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>One cell of the day grid: an appointment starting here (spanning rows), a row it covers, a free start, or nothing.</summary>
public sealed record CalendarCell(AppointmentRow? Appointment, int RowSpan, bool Covered, bool Free);

/// <summary>
/// The calendar's day grid: rows are 15-minute instants from the earliest shift start to the latest
/// shift end of the day (so a DST day has its real number of rows), columns are practitioners. A
/// cell is free when an appointment of the chosen length can start there (<see cref="Availability"/>).
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay(List<Instant> starts, Dictionary<Guid, CalendarCell[]> cells)
    {
        Starts = starts;
        Cells = cells;
    }

    public IReadOnlyList<Instant> Starts { get; }

    public IReadOnlyDictionary<Guid, CalendarCell[]> Cells { get; }

    public static CalendarDay Build(
        DateTimeZone zone, LocalDate date, IReadOnlyDictionary<Guid, Schedule> schedules, IReadOnlyList<AppointmentRow> appointments, Duration length, Instant now)
    {
        var dayStart = zone.AtStartOfDay(date).ToInstant();
        var dayEnd = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        var shifts = schedules.Values.SelectMany(s => Availability.Shifts(s, dayStart, dayEnd))
            .Select(s => s.Shift).Where(s => s.Start < dayEnd && s.End > dayStart).ToList();
        var visible = appointments.Where(a => a.Appointment.Status != AppointmentStatus.Cancelled).ToList();
        var bounds = shifts.Select(s => (s.Start, s.End))
            .Concat(visible.Select(a => (Instant.FromDateTimeUtc(a.Appointment.StartUtc), Instant.FromDateTimeUtc(a.Appointment.EndUtc))))
            .ToList();
        // A day without shifts or visits still shows office hours, so the grid never collapses.
        var first = bounds.Count > 0 ? Max(bounds.Min(b => b.Item1), dayStart) : zone.AtLeniently(date + new LocalTime(8, 0)).ToInstant();
        var last = bounds.Count > 0 ? Min(bounds.Max(b => b.Item2), dayEnd) : zone.AtLeniently(date + new LocalTime(18, 0)).ToInstant();
        var starts = new List<Instant>();
        for (var t = first; t < last; t += Availability.Step)
        {
            starts.Add(t);
        }

        var cells = new Dictionary<Guid, CalendarCell[]>();
        foreach (var (practitionerId, schedule) in schedules)
        {
            var free = Availability.FreeSlots(schedule, length, dayStart, dayEnd, now).Select(s => s.Start).ToHashSet();
            var mine = visible.Where(a => a.Appointment.PractitionerId == practitionerId).ToList();
            var row = new CalendarCell[starts.Count];
            for (var i = 0; i < starts.Count; i++)
            {
                var t = starts[i];
                var here = mine.FirstOrDefault(a => Instant.FromDateTimeUtc(a.Appointment.StartUtc) == t
                    || (i == 0 && Instant.FromDateTimeUtc(a.Appointment.StartUtc) < t && Instant.FromDateTimeUtc(a.Appointment.EndUtc) > t));
                if (here is not null)
                {
                    var span = (int)Math.Ceiling((Instant.FromDateTimeUtc(here.Appointment.EndUtc) - t) / Availability.Step);
                    row[i] = new CalendarCell(here, Math.Clamp(span, 1, starts.Count - i), false, false);
                }
                else
                {
                    var covered = mine.Any(a => Instant.FromDateTimeUtc(a.Appointment.StartUtc) < t && Instant.FromDateTimeUtc(a.Appointment.EndUtc) > t);
                    row[i] = new CalendarCell(null, 1, covered, !covered && free.Contains(t));
                }
            }

            cells[practitionerId] = row;
        }

        return new CalendarDay(starts, cells);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
