using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The clinic the public website shows: <c>PublicSite:ClinicId</c>, else the oldest clinic.
/// Public pages call <see cref="EnterAsync"/> first: the request then acts for that clinic (as
/// seeding does), so the usual query filters scope every read and write to it, whoever visits.
/// Forms that only need to know the clinic (the inquiry) call <see cref="ResolveAsync"/>.
/// </summary>
public sealed class PublicClinic(BackPlanDb db, CurrentUser user, IOptions<PublicSiteOptions> options)
{
    private Task<Clinic?>? _load;

    /// <summary>
    /// The public clinic (null only when there is no clinic at all), the request now acting for it.
    /// The layout and the page both ask; they share one load, so they never use the scope's
    /// DbContext at the same time.
    /// </summary>
    public async Task<Clinic?> EnterAsync()
    {
        var clinic = await ResolveAsync();
        if (clinic is not null)
        {
            user.ActForClinic(clinic.Id);
        }

        return clinic;
    }

    /// <summary>The public clinic, without acting for it.</summary>
    public Task<Clinic?> ResolveAsync(CancellationToken ct = default) => _load ??= LoadAsync(ct);

    private async Task<Clinic?> LoadAsync(CancellationToken ct)
    {
        // Visitors are anonymous, so the clinic filter is bypassed here, once.
        var clinics = db.Clinics.IgnoreQueryFilters().AsNoTracking().Include(c => c.Locations);
        if (options.Value.ClinicId is { } id && await clinics.FirstOrDefaultAsync(c => c.Id == id, ct) is { } configured)
        {
            return configured;
        }

        // Ids are version 7 GUIDs, which sort by creation time in both databases.
        return await clinics.OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
    }
}
