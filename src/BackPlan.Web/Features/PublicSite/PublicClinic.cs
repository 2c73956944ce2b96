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
/// </summary>
public sealed class PublicClinic(BackPlanDb db, CurrentUser user, IOptions<PublicSiteOptions> options)
{
    private Task<Clinic?>? _load;

    /// <summary>
    /// The public clinic (null only when there is no clinic at all). The layout and the page both
    /// ask; they share one load, so they never use the scope's DbContext at the same time.
    /// </summary>
    public Task<Clinic?> EnterAsync() => _load ??= LoadAsync();

    private async Task<Clinic?> LoadAsync()
    {
        var clinics = db.Clinics.IgnoreQueryFilters().AsNoTracking().Include(c => c.Locations);
        var clinic = options.Value.ClinicId is { } id
            ? await clinics.FirstOrDefaultAsync(c => c.Id == id)
            : await clinics.OrderBy(c => c.Id).FirstOrDefaultAsync();
        if (clinic is not null)
        {
            user.ActForClinic(clinic.Id);
        }

        return clinic;
    }
}
