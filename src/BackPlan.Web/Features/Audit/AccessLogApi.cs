using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Audit;

/// <summary><c>GET /api/v1/me/access-log</c>: who read or changed the signed-in patient's record, newest first. Staff get 403.</summary>
public static class AccessLogApi
{
    public static void MapAccessLogApi(this IEndpointRouteBuilder app) =>
        app.MapMine("access-log", Get, "patient.access-log")
            .WithSummary("Who read or changed your record and when: name, role, read or change, and the part of the record; 100 a page, newest first (your own use of the portal is left out).");

    private static Task<AccessLogPageDto> Get(PatientAccessLog log, CurrentUser user, CancellationToken ct, int page = 1) =>
        log.PageAsync(user.PatientId ?? Guid.Empty, user.UserId, page, ct);
}
