using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Sessions;

/// <summary>Attendance and session notes of an appointment. Staff only; notes for clinicians and admins, not the front desk.</summary>
public static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/appointments").WithTags("Sessions");
        group.MapPost("/{id:guid}/attendance", MarkAttendance).HasNoPatientData() // the change is audited by AuditInterceptor
            .RequireAuthorization(PlatformSetup.StaffPolicy)
            .WithSummary("Record that the patient attended (\"attended\") or did not come (\"noShow\"), once the appointment has started.");
        group.MapGet("/{id:guid}/note", GetNote).AuditsPatientData("session-note.read", idKind: RouteIdKind.Appointment)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Practitioner))
            .WithSummary("The appointment's session note (SOAP, techniques applied, addenda); 404 when none is written.");
    }

    private static async Task<Results<Ok<AppointmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> MarkAttendance(
        Guid id, AttendanceRequest request, AttendanceRecorder recorder, BackPlanDb db, ClinicClock clock, CancellationToken ct)
    {
        var result = await recorder.MarkAsync(id, request, ct);
        if (ReferenceEquals(result, BookingResult.Missing))
        {
            return TypedResults.NotFound();
        }

        if (result.Appointment is null)
        {
            return result.Refusal is { } refusal
                ? TypedResults.Problem(statusCode: refusal.Status, title: refusal.Title, extensions: new Dictionary<string, object?> { ["code"] = refusal.Code })
                : TypedResults.ValidationProblem(result.Errors);
        }

        var row = await AppointmentRow.Query(db).AsNoTracking().FirstAsync(r => r.Appointment.Id == id, ct);
        return TypedResults.Ok(row.ToDto(await clock.ZoneAsync(ct)));
    }

    private static async Task<Results<Ok<SessionNoteDto>, NotFound>> GetNote(Guid id, BackPlanDb db, CancellationToken ct)
    {
        var note = await db.SessionNotes.AsNoTracking().Include(n => n.Addenda).FirstOrDefaultAsync(n => n.AppointmentId == id, ct);
        return note is null ? TypedResults.NotFound() : TypedResults.Ok(SessionNoteDto.From(note));
    }
}
