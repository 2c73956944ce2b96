using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>A free slot in its location's local time (offset included), and the location when known.</summary>
public sealed record SlotDto(DateTimeOffset Start, DateTimeOffset End, Guid? LocationId = null);

public sealed record AvailabilityDto(Guid PractitionerId, string Type, int Minutes, string TimeZone, IReadOnlyList<SlotDto> Slots);

public sealed record AppointmentTypeDto(Guid Id, string Code, string Name, int Minutes);

/// <summary>Free slots and appointment types: open to every signed-in user of the clinic (patients book in the portal).</summary>
public static class AvailabilityApi
{
    public static void MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Booking");
        group.MapGet("/availability", Get).HasNoPatientData()
            .WithSummary("Free start times of one practitioner for one appointment type, on a 15-minute grid, inside the practitioner's working hours and the location's opening hours, each in its location's time zone.");
        group.MapGet("/appointment-types", Types).HasNoPatientData()
            .WithSummary("The clinic's active appointment types (codes for the type parameter).");
    }

    private static async Task<Results<Ok<AvailabilityDto>, ValidationProblem>> Get(
        BackPlanDb db, AppointmentBooking booking, ClinicClock clock, TimeProvider time, IOptions<BookingOptions> options, CancellationToken ct,
        string? practitionerId = null, string? type = null, string? from = null, string? to = null, string? roomId = null)
    {
        var errors = new Dictionary<string, string[]>();
        var zone = await clock.ZoneAsync(ct);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var range = TimeRange.Parse(from, to, zone, now, defaultDays: 7, options.Value.MaxRangeDays, errors);
        if (!Guid.TryParse(practitionerId, out var staffId))
        {
            errors["practitionerId"] = ["Give the practitioner's id."];
        }
        else if (!await db.Staff.AnyAsync(s => s.Id == staffId && s.Role == Roles.Practitioner, ct))
        {
            errors["practitionerId"] = ["There is no such practitioner in this clinic."];
        }

        var appointmentType = string.IsNullOrWhiteSpace(type) ? null : await booking.FindTypeAsync(type, ct);
        if (appointmentType is null)
        {
            errors["type"] = ["Give an appointment type's code (e.g. treatment-45) or id."];
        }

        Guid? room = null;
        if (!string.IsNullOrWhiteSpace(roomId))
        {
            if (Guid.TryParse(roomId, out var id) && await db.Rooms.AnyAsync(r => r.Id == id, ct))
            {
                room = id;
            }
            else
            {
                errors["roomId"] = ["There is no such room in this clinic."];
            }
        }

        if (errors.Count > 0 || range is not { } interval || appointmentType is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var schedule = await ScheduleReader.ReadAsync(db, zone, staffId, room, interval.Start, interval.End, ct);
        // Each slot in its location's own zone: a location abroad offers its own local times.
        var slots = Availability.FreeSlotsWithHours(schedule, Duration.FromMinutes(appointmentType.Minutes), interval.Start, interval.End, notBefore: now)
            .Select(s => (s.Slot, s.Hours, Zone: Availability.ZoneOf(schedule, s.Hours)))
            .Select(s => new SlotDto(IsoTime.InZone(s.Slot.Start, s.Zone), IsoTime.InZone(s.Slot.End, s.Zone), s.Hours.LocationId)).ToList();
        return TypedResults.Ok(new AvailabilityDto(staffId, appointmentType.Code, appointmentType.Minutes, zone.Id, slots));
    }

    private static async Task<Ok<List<AppointmentTypeDto>>> Types(BackPlanDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.AppointmentTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Minutes).ThenBy(t => t.Code)
            .Select(t => new AppointmentTypeDto(t.Id, t.Code, t.Name, t.Minutes)).ToListAsync(ct));
}
