using BackPlan.Web.Data;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.OutboxAdmin;

/// <summary>Shows a message's .eml file from the pickup folder (development without SMTP), for admins of its clinic.</summary>
public static class OutboxApi
{
    public static void MapOutboxFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/outbox/{id:guid}/eml", Eml).RequireAuthorization(PlatformSetup.AdminPolicy)
            .AuditsPatientData("outbox.eml", routeKey: null).ExcludeFromDescription();

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> Eml(Guid id, BackPlanDb db, OutboxFiles files, CancellationToken ct)
    {
        // The query filter answers "is this our clinic's message?" before the shared folder is touched.
        if (!await db.Outbox.AnyAsync(m => m.Id == id, ct) || files.PathOf(id) is not { } path)
        {
            return TypedResults.NotFound();
        }

        // Plain text, so the browser shows the message instead of downloading it.
        return TypedResults.PhysicalFile(path, "text/plain; charset=utf-8");
    }
}
