using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The clinic the public website speaks for: <c>PublicSite:ClinicId</c> when set (and it exists),
/// otherwise the oldest clinic. Visitors are anonymous, so the clinic filter is bypassed here, once.
/// </summary>
public sealed class PublicClinic(BackPlanDb db, IConfiguration configuration)
{
    public const string ClinicIdKey = "PublicSite:ClinicId";

    public async Task<Clinic?> ResolveAsync(CancellationToken ct = default)
    {
        var clinics = db.Clinics.IgnoreQueryFilters().AsNoTracking();
        if (Guid.TryParse(configuration[ClinicIdKey], out var id) && await clinics.FirstOrDefaultAsync(c => c.Id == id, ct) is { } configured)
        {
            return configured;
        }

        // Ids are version 7 GUIDs, which sort by creation time in both databases.
        return await clinics.OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
    }
}
