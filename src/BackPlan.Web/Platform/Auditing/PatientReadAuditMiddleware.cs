using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Writes the read audit for every endpoint or page marked <see cref="AuditsPatientDataAttribute"/>
/// that answers successfully. One place, so an endpoint cannot forget. The entry is committed
/// (through <see cref="AuditWriter"/>) before the response starts: no byte of patient data leaves
/// without its audit row, and a failed audit write fails the request.
/// </summary>
public sealed class PatientReadAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AuditWriter writer, TimeProvider time)
    {
        // Scoped services only for audited requests: otherwise a database context would be leased for
        // every request (static files, public pages).
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<AuditsPatientDataAttribute>();
        var user = marker is null || context.User.Identity?.IsAuthenticated != true ? null : context.RequestServices.GetRequiredService<CurrentUser>();
        if (marker is null || user?.ClinicId is not { } clinicId)
        {
            await next(context);
            return;
        }

        var db = context.RequestServices.GetRequiredService<BackPlanDb>();

        // Status is known here, and headers have not gone: the last moment before data leaves.
        context.Response.OnStarting(() => context.Response.StatusCode >= 400
            ? Task.CompletedTask
            : RecordAsync(context, marker, writer, user, clinicId, db, time));
        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode < 400)
        {
            // A successful answer without a body starts only after the pipeline: start it here, in
            // the request's scope, so its audit (and any failure of it) still comes first. Errors
            // stay unstarted for the status-code pages to write.
            await context.Response.StartAsync();
        }
    }

    private static async Task RecordAsync(HttpContext context, AuditsPatientDataAttribute marker, AuditWriter writer,
        CurrentUser user, Guid clinicId, BackPlanDb db, TimeProvider time)
    {
        // A FHIR resource that is part of a row has the id {row id}.{part}: the row names the patient.
        Guid? routeId = marker.RouteKey is { } key && Guid.TryParse(context.GetRouteValue(key)?.ToString()?.Split('.', 2)[0], out var id) ? id : null;
        // Without an id in the route, a patient reads their own record (the portal, /api/v1/me/...).
        var patientId = routeId is { } value ? await PatientOfAsync(db, marker.IdKind, value)
            : marker.RouteKey is null && user.IsPatient ? user.PatientId : null;
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null;
        // An inquiry may have no patient yet, so its id goes into the detail.
        var detail = marker.IdKind == RouteIdKind.Inquiry && routeId is { } inquiry ? $"inquiry {inquiry}{query}" : query;
        await writer.WriteAsync(AuditLog.Entry(user, clinicId, marker.Action, patientId, detail, time.GetUtcNow().UtcDateTime));
    }

    // Query filters apply: an id of another clinic resolves to nothing (and the page already said 404).
    private static async Task<Guid?> PatientOfAsync(BackPlanDb db, RouteIdKind kind, Guid id) => kind switch
    {
        RouteIdKind.Patient => id,
        RouteIdKind.Episode => await db.Episodes.Where(e => e.Id == id).Select(e => (Guid?)e.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.PlanVersion => await db.PlanVersions.Where(p => p.Id == id).Select(p => (Guid?)p.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.Appointment => await db.Appointments.Where(a => a.Id == id).Select(a => (Guid?)a.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.QuestionnaireResponse => await db.QuestionnaireResponses.Where(r => r.Id == id).Select(r => (Guid?)r.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.Inquiry => await db.Set<Features.Inquiries.Inquiry>().Where(i => i.Id == id).Select(i => i.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.Observation => await db.QuestionnaireResponses.Where(r => r.Id == id).Select(r => (Guid?)r.PatientId).FirstOrDefaultAsync()
            ?? await db.Examinations.Where(e => e.Id == id).Select(e => (Guid?)e.PatientId).FirstOrDefaultAsync()
            ?? await db.Set<Features.AfterSessions.PostSessionCheck>().Where(c => c.Id == id).Select(c => (Guid?)c.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.SessionNote => await db.SessionNotes.Where(n => n.Id == id).Select(n => (Guid?)n.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.AuditEntry => await db.AuditEntries.Where(a => a.Id == id).Select(a => a.PatientId).FirstOrDefaultAsync(),
        _ => null,
    };
}
