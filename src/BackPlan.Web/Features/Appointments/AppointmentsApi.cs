using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>
/// Booking for staff and patients. Scoped to the caller's clinic by the query filters; a patient
/// sees, books and cancels only their own appointments.
/// </summary>
public static class AppointmentsApi
{
    public static void MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/appointments").RequireAuthorization().WithTags("Booking");
        group.MapGet("/", List).AuditsPatientData("appointment.list", routeKey: null)
            .WithSummary("Appointments in a time range (default: the next 7 days), optionally of one practitioner.");
        group.MapGet("/{id:guid}", Get).AuditsPatientData("appointment.read", idKind: RouteIdKind.Appointment)
            .WithSummary("One appointment.");
        group.MapPost("/", Book).HasNoPatientData() // the change itself is audited by AuditInterceptor
            .WithSummary("Book an appointment: 201, 409 when the slot is taken, 422 when the licence, a safety block or the working hours refuse it.");
        group.MapPost("/{id:guid}/cancel", Cancel).HasNoPatientData()
            .WithSummary("Cancel a booked appointment with a reason; late cancellations are flagged by the notice policy.");
        group.MapPost("/{id:guid}/reschedule", Reschedule).HasNoPatientData()
            .WithSummary("Move a booked appointment to a new start (optionally another practitioner, room or type): 200, 409 when the new slot is taken (the old time stays), 422 when refused.");
    }

    private static async Task<Results<Ok<List<AppointmentDto>>, ValidationProblem>> List(
        BackPlanDb db, ClinicClock clock, TimeProvider time, IOptions<BookingOptions> options, CancellationToken ct,
        string? from = null, string? to = null, string? practitionerId = null)
    {
        var errors = new Dictionary<string, string[]>();
        var zone = await clock.ZoneAsync(ct);
        var range = TimeRange.Parse(from, to, zone, Instant.FromDateTimeOffset(time.GetUtcNow()), defaultDays: 7, options.Value.MaxRangeDays, errors);
        Guid? practitioner = null;
        if (!string.IsNullOrWhiteSpace(practitionerId))
        {
            if (Guid.TryParse(practitionerId, out var id))
            {
                practitioner = id;
            }
            else
            {
                errors["practitionerId"] = ["Give the practitioner's id."];
            }
        }

        if (errors.Count > 0 || range is not { } interval)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var fromUtc = interval.Start.ToDateTimeUtc();
        var toUtc = interval.End.ToDateTimeUtc();
        var rows = await AppointmentRow.Query(db, db.Appointments.Where(Appointment.Overlapping(fromUtc, toUtc))).AsNoTracking()
            .Where(r => practitioner == null || r.Appointment.PractitionerId == practitioner)
            .OrderBy(r => r.Appointment.StartUtc).ThenBy(r => r.PractitionerName).ThenBy(r => r.Appointment.CreatedAt)
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => r.ToDto(zone)).ToList());
    }

    private static async Task<Results<Ok<AppointmentDto>, NotFound>> Get(Guid id, BackPlanDb db, ClinicClock clock, CancellationToken ct)
    {
        var row = await AppointmentRow.Query(db).AsNoTracking().FirstOrDefaultAsync(r => r.Appointment.Id == id, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(row.ToDto(await clock.ZoneAsync(ct)));
    }

    private static async Task<Results<Created<AppointmentDto>, ValidationProblem, ProblemHttpResult>> Book(
        BookAppointmentRequest request, AppointmentBooking booking, BackPlanDb db, ClinicClock clock, CancellationToken ct)
    {
        var result = await booking.BookAsync(request, ct);
        if (result.Appointment is not { } appointment)
        {
            return result.Refusal is { } refusal ? Problem(refusal) : TypedResults.ValidationProblem(result.Errors);
        }

        var row = await AppointmentRow.Query(db).AsNoTracking().FirstAsync(r => r.Appointment.Id == appointment.Id, ct);
        return TypedResults.Created($"/api/v1/appointments/{appointment.Id}", row.ToDto(await clock.ZoneAsync(ct)));
    }

    private static async Task<Results<Ok<AppointmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id, CancelAppointmentRequest request, AppointmentBooking booking, BackPlanDb db, ClinicClock clock, CancellationToken ct) =>
        await AnswerAsync(id, await booking.CancelAsync(id, request, ct), db, clock, ct);

    private static async Task<Results<Ok<AppointmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleAppointmentRequest request, AppointmentBooking booking, BackPlanDb db, ClinicClock clock, CancellationToken ct) =>
        await AnswerAsync(id, await booking.RescheduleAsync(id, request, ct), db, clock, ct);

    /// <summary>The changed appointment, or why not, for cancel and reschedule alike.</summary>
    private static async Task<Results<Ok<AppointmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid id, BookingResult result, BackPlanDb db, ClinicClock clock, CancellationToken ct)
    {
        if (ReferenceEquals(result, BookingResult.Missing))
        {
            return TypedResults.NotFound();
        }

        if (result.Appointment is null)
        {
            return result.Refusal is { } refusal ? Problem(refusal) : TypedResults.ValidationProblem(result.Errors);
        }

        var row = await AppointmentRow.Query(db).AsNoTracking().FirstAsync(r => r.Appointment.Id == id, ct);
        return TypedResults.Ok(row.ToDto(await clock.ZoneAsync(ct)));
    }

    /// <summary>A refusal as ProblemDetails with a stable <c>code</c> extension (slot-taken, licence-expired, …).</summary>
    private static ProblemHttpResult Problem(BookingRefusal refusal) =>
        TypedResults.Problem(statusCode: refusal.Status, title: refusal.Title, extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
}
