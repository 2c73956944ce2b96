using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>
/// Reads what <see cref="Availability"/> needs about one practitioner (and optionally a room) around a
/// time range; <c>except</c> leaves out the appointment being moved, which does not clash with itself.
/// </summary>
public static class ScheduleReader
{
    public static async Task<Schedule> ReadAsync(
        BackPlanDb db, DateTimeZone zone, Guid practitionerId, Guid? roomId, Instant from, Instant to, CancellationToken ct, Guid? except = null)
    {
        // A day either side: shifts and absences are local, and a slot may run past the range's end.
        var margin = Duration.FromDays(1);
        var fromUtc = (from - margin).ToDateTimeUtc();
        var toUtc = (to + margin).ToDateTimeUtc();
        var fromLocal = (from - margin).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        var toLocal = (to + margin).InZone(zone).LocalDateTime.ToDateTimeUnspecified();

        var hours = await db.WorkingHours.AsNoTracking().Where(w => w.StaffMemberId == practitionerId).ToListAsync(ct);
        var timeOff = await db.TimeOff.AsNoTracking()
            .Where(t => t.StaffMemberId == practitionerId && t.End > fromLocal && t.Start < toLocal).ToListAsync(ct);
        var busy = await db.Appointments.AsNoTracking()
            .Where(a => (a.PractitionerId == practitionerId || (roomId != null && a.RoomId == roomId))
                && a.Status != AppointmentStatus.Cancelled && a.Id != except && a.StartUtc < toUtc && a.EndUtc > fromUtc)
            .Select(a => new { a.StartUtc, a.EndUtc }).ToListAsync(ct);
        return new Schedule(
            zone,
            [.. hours.Select(h => h.ToWeeklyHours())],
            [.. timeOff.Select(t => t.ToLocalPeriod())],
            [.. busy.Select(b => new Interval(Instant.FromDateTimeUtc(b.StartUtc), Instant.FromDateTimeUtc(b.EndUtc)))]);
    }
}
