using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.PortalAppointments;

/// <summary>One of the signed-in patient's appointments as the portal lists it (the query filter keeps it theirs).</summary>
public sealed record PortalAppointment(AppointmentRow Row, string? Location)
{
    public Appointment Appointment => Row.Appointment;

    /// <summary>Still ahead and booked, so the patient may cancel it.</summary>
    public bool CanCancel(DateTime nowUtc) => Appointment.Status == AppointmentStatus.Booked && Appointment.StartUtc > nowUtc;

    /// <summary>The patient's own appointments (all of them, or the one with <paramref name="id"/>), newest last, with the place's name.</summary>
    public static async Task<List<PortalAppointment>> ListAsync(BackPlanDb db, Guid? id, CancellationToken ct = default)
    {
        var rows = await AppointmentRow.Query(db).AsNoTracking()
            .Where(r => id == null || r.Appointment.Id == id)
            .OrderBy(r => r.Appointment.StartUtc).Take(500).ToListAsync(ct);
        var rooms = rows.Select(r => r.Appointment.RoomId).OfType<Guid>().Distinct().ToList();
        var places = await db.Rooms.AsNoTracking().Where(r => rooms.Contains(r.Id))
            .Join(db.Locations, r => r.LocationId, l => l.Id, (r, l) => new { r.Id, l.Name, l.AddressLine, l.City })
            .ToDictionaryAsync(p => p.Id, p => string.Join(", ", new[] { p.Name, p.AddressLine, p.City }.Where(s => !string.IsNullOrWhiteSpace(s))), ct);
        return [.. rows.Select(r => new PortalAppointment(r, r.Appointment.RoomId is { } room ? places.GetValueOrDefault(room) : null))];
    }
}
