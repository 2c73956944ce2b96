using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>
/// Reads what <see cref="Availability"/> needs about practitioners (and optionally a room) around a
/// time range; <c>except</c> leaves out the appointment being moved, which does not clash with itself.
/// </summary>
public static class ScheduleReader
{
    public static async Task<Schedule> ReadAsync(
        BackPlanDb db, DateTimeZone zone, Guid practitionerId, Guid? roomId, Instant from, Instant to, CancellationToken ct, Guid? except = null) =>
        (await ReadManyAsync(db, zone, [practitionerId], roomId, from, to, ct, except))[practitionerId];

    /// <summary>
    /// The schedules of several practitioners in seven queries, whatever their number (the calendar's
    /// day view read seven per practitioner: docs/performance.md). A room's bookings count against each.
    /// </summary>
    public static async Task<Dictionary<Guid, Schedule>> ReadManyAsync(
        BackPlanDb db, DateTimeZone zone, IReadOnlyCollection<Guid> practitionerIds, Guid? roomId, Instant from, Instant to, CancellationToken ct, Guid? except = null)
    {
        // A day either side: shifts and absences are local, and a slot may run past the range's end.
        var margin = Duration.FromDays(1);
        var fromUtc = (from - margin).ToDateTimeUtc();
        var toUtc = (to + margin).ToDateTimeUtc();
        var fromLocal = (from - margin).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        var toLocal = (to + margin).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        var ids = practitionerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }


        var hours = await db.WorkingHours.AsNoTracking().Where(w => ids.Contains(w.StaffMemberId)).ToListAsync(ct);
        var timeOff = await db.TimeOff.AsNoTracking()
            .Where(t => ids.Contains(t.StaffMemberId) && t.End > fromLocal && t.Start < toLocal).ToListAsync(ct);
        // One query per resource kind, not "practitioner OR room": with the OR neither database could use
        // an index, and both read every appointment (and claim) of the clinic (docs/performance.md).
        var appointments = db.Appointments.AsNoTracking().Where(Appointment.Overlapping(fromUtc, toUtc))
            .Where(a => a.Status != AppointmentStatus.Cancelled && a.Id != except);
        var busyQuery = appointments.Where(a => ids.Contains(a.PractitionerId));
        if (roomId is { } room)
        {
            busyQuery = busyQuery.Union(appointments.Where(a => a.RoomId == room));
        }

        var busy = await busyQuery.Select(a => new { a.PractitionerId, a.RoomId, a.StartUtc, a.EndUtc }).ToListAsync(ct);
        // A patient's query filter hides other patients' appointments; the slot claims (clinic-owned)
        // still show that the time is taken, so a patient is offered only slots that are really free.
        var resources = roomId is { } claimedRoom ? [.. ids, claimedRoom] : ids;
        var claimed = await db.SlotClaims.AsNoTracking()
            .Where(c => resources.Contains(c.ResourceId) && c.AppointmentId != except && c.StartUtc < toUtc && c.StartUtc >= fromUtc.AddMinutes(-SlotClaim.Minutes))
            .Select(c => new { c.ResourceId, c.StartUtc }).ToListAsync(ct);
        var locations = await LocationsAsync(db, zone, [.. hours.Select(h => h.LocationId).Distinct()], from - margin, to + margin, ct);
        return ids.ToDictionary(id => id, id =>
        {
            var own = hours.Where(h => h.StaffMemberId == id).ToList();
            return new Schedule(
                zone,
                [.. own.Select(h => h.ToWeeklyHours())],
                [.. timeOff.Where(t => t.StaffMemberId == id).Select(t => t.ToLocalPeriod())],
                [.. busy.Where(b => b.PractitionerId == id || (roomId != null && b.RoomId == roomId))
                        .Select(b => new Interval(Instant.FromDateTimeUtc(b.StartUtc), Instant.FromDateTimeUtc(b.EndUtc))),
                    .. claimed.Where(c => c.ResourceId == id || c.ResourceId == roomId)
                        .Select(c => new Interval(Instant.FromDateTimeUtc(c.StartUtc), Instant.FromDateTimeUtc(c.StartUtc) + Availability.Step))])
            {
                Locations = [.. locations.Where(l => own.Any(h => h.LocationId == l.LocationId))],
            };
        });
    }

    /// <summary>The zone, opening hours and closed days of the given locations around [from, to).</summary>
    public static async Task<List<LocationOpening>> LocationsAsync(
        BackPlanDb db, DateTimeZone clinicZone, List<Guid> ids, Instant from, Instant to, CancellationToken ct)
    {
        // A day of margin again: a location's zone may be a day ahead of or behind UTC.
        var firstDay = DateOnly.FromDateTime((from - Duration.FromDays(1)).ToDateTimeUtc());
        var lastDay = DateOnly.FromDateTime((to + Duration.FromDays(1)).ToDateTimeUtc());
        var locations = await db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.TimeZoneId, l.Active }).ToListAsync(ct);
        var open = await db.LocationHours.AsNoTracking().Where(h => ids.Contains(h.LocationId)).ToListAsync(ct);
        var closed = await db.LocationClosures.AsNoTracking()
            .Where(c => ids.Contains(c.LocationId) && c.Date >= firstDay && c.Date <= lastDay)
            .Select(c => new { c.LocationId, c.Date }).ToListAsync(ct);
        return [.. locations.Select(l => new LocationOpening(
            l.Id,
            Clinics.LocationZone.Of(l.TimeZoneId, clinicZone),
            [.. open.Where(h => h.LocationId == l.Id).Select(h => h.ToWeeklyHours())],
            [.. closed.Where(c => c.LocationId == l.Id).Select(c => LocalDate.FromDateOnly(c.Date))],
            l.Active))];
    }
}
