using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Portal;

/// <summary>The signed-in patient's own data as JSON, at <c>/api/v1/me/...</c>.</summary>
public static class MyEndpoints
{
    /// <summary>
    /// <c>GET /api/v1/me/{path}</c>: patients only (staff 403, anonymous 401), audited against the
    /// patient as <paramref name="auditAction"/>, listed under "Patient portal" in the OpenAPI document.
    /// </summary>
    public static RouteHandlerBuilder MapMine(this IEndpointRouteBuilder app, string path, Delegate handler, string auditAction) =>
        app.MapGet($"/api/v1/me/{path}", handler)
            .RequireAuthorization(p => p.RequireRole(Roles.Patient))
            .AuditsPatientData(auditAction, routeKey: null)
            .WithTags("Patient portal");
}
