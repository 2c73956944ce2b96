using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Writes the read audit for every endpoint or page marked <see cref="AuditsPatientDataAttribute"/>,
/// after it answered successfully. One place, so an endpoint cannot forget.
/// </summary>
public sealed class PatientReadAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AuditLog audit, BackPlanDb db)
    {
        await next(context);
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<AuditsPatientDataAttribute>();
        if (marker is null || context.Response.StatusCode >= 400 || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Guid? routeId = marker.RouteKey is { } key && Guid.TryParse(context.GetRouteValue(key)?.ToString(), out var id) ? id : null;
        var patientId = routeId is { } value ? await PatientOfAsync(db, marker.IdKind, value) : null;
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null;
        // An inquiry may have no patient yet, so its id goes into the detail.
        var detail = marker.IdKind == RouteIdKind.Inquiry && routeId is { } inquiry ? $"inquiry {inquiry}{query}" : query;
        // Not RequestAborted: a client that hangs up after reading still read the data.
        await audit.RecordAsync(marker.Action, patientId, detail, CancellationToken.None);
    }

    // Query filters apply: an id of another clinic resolves to nothing (and the page already said 404).
    private static async Task<Guid?> PatientOfAsync(BackPlanDb db, RouteIdKind kind, Guid id) => kind switch
    {
        RouteIdKind.Patient => id,
        RouteIdKind.Episode => await db.Episodes.Where(e => e.Id == id).Select(e => (Guid?)e.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.PlanVersion => await db.PlanVersions.Where(p => p.Id == id).Select(p => (Guid?)p.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.Appointment => await db.Appointments.Where(a => a.Id == id).Select(a => (Guid?)a.PatientId).FirstOrDefaultAsync(),
        RouteIdKind.Inquiry => await db.Set<Features.Inquiries.Inquiry>().Where(i => i.Id == id).Select(i => i.PatientId).FirstOrDefaultAsync(),
        _ => null,
    };
}
