using System.Text.Json;
using BackPlan.Web.Data;
using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>An appointment on the wire: times in the clinic's local time with their offset.</summary>
public sealed record AppointmentDto(
    Guid Id,
    Guid PatientId,
    string PatientName,
    Guid PractitionerId,
    string PractitionerName,
    Guid? RoomId,
    string? RoomName,
    string Type,
    string TypeName,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Status,
    string? CancellationReason,
    bool LateCancellation,
    DateTime? CancelledAt,
    DateTime CreatedAt,
    string CreatedBy);

/// <summary>An appointment with the names the calendar and the API show beside it.</summary>
/// <remarks>Init properties, not a constructor, so queries can still filter and sort on them.</remarks>
public sealed class AppointmentRow
{
    public required Appointment Appointment { get; init; }

    public required string PatientName { get; init; }

    public required string PractitionerName { get; init; }

    public required string Type { get; init; }

    public required string TypeName { get; init; }

    public string? RoomName { get; init; }

    /// <summary>Every appointment the caller may see (query filters apply), with its names.</summary>
    public static IQueryable<AppointmentRow> Query(BackPlanDb db) => Query(db, db.Appointments);

    /// <summary>The given appointments (e.g. <see cref="Appointment.Overlapping"/>) with their names.</summary>
    public static IQueryable<AppointmentRow> Query(BackPlanDb db, IQueryable<Appointment> appointments) =>
        from a in appointments
        join p in db.Patients on a.PatientId equals p.Id
        join s in db.Staff on a.PractitionerId equals s.Id
        join t in db.AppointmentTypes on a.AppointmentTypeId equals t.Id
        join r in db.Rooms on a.RoomId equals r.Id into rooms
        from r in rooms.DefaultIfEmpty()
        select new AppointmentRow
        {
            Appointment = a,
            PatientName = p.GivenName + " " + p.FamilyName,
            PractitionerName = s.FullName,
            Type = t.Code,
            TypeName = t.Name,
            RoomName = r == null ? null : r.Name,
        };

    public AppointmentDto ToDto(DateTimeZone zone)
    {
        var a = Appointment;
        return new(
            a.Id, a.PatientId, PatientName, a.PractitionerId, PractitionerName, a.RoomId, RoomName, Type, TypeName,
            IsoTime.InZone(a.StartUtc, zone), IsoTime.InZone(a.EndUtc, zone), JsonNamingPolicy.CamelCase.ConvertName(a.Status.ToString()),
            a.CancellationReason, a.LateCancellation, a.CancelledAt, a.CreatedAt, a.CreatedBy);
    }
}
