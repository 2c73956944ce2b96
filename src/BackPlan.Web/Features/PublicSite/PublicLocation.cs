using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>A location in use as the public site shows it, with the opening hours to show.</summary>
public sealed record PublicLocation(Location Location, IReadOnlyList<OpeningDay> Hours)
{
    /// <summary>
    /// Every location in use (the first one added first), each with its own opening hours, or
    /// when it has none set, the hours derived from practitioners' working hours there.
    /// </summary>
    public static async Task<List<PublicLocation>> LoadAsync(BackPlanDb db, Clinic clinic, CancellationToken ct = default)
    {
        var own = await db.LocationHours.AsNoTracking().Select(h => new { h.LocationId, h.Day, h.Opens, h.Closes }).ToListAsync(ct);
        var worked = await db.WorkingHours.AsNoTracking().Select(w => new { w.LocationId, w.Day, w.Start, w.End }).ToListAsync(ct);
        // Ids are version 7 GUIDs: ordered by id is ordered by creation.
        return [.. clinic.Locations.Where(l => l.Active).OrderBy(l => l.Id).Select(l => new PublicLocation(l,
            own.Any(h => h.LocationId == l.Id)
                ? OpeningDay.Exact(own.Where(h => h.LocationId == l.Id).Select(h => (h.Day, h.Opens, h.Closes)))
                : OpeningDay.From(worked.Where(w => w.LocationId == l.Id).Select(w => (w.Day, w.Start, w.End)))))];
    }
}
