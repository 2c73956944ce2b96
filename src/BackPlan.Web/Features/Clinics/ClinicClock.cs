using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.Clinics;

/// <summary>
/// "Today" and local times in the signed-in user's clinic time zone (NodaTime), so dates stay
/// right for a clinic whose day differs from UTC's and across DST changes.
/// </summary>
public sealed class ClinicClock(BackPlanDb db, TimeProvider time)
{
    private DateTimeZone? _zone;

    public async Task<DateTimeZone> ZoneAsync(CancellationToken ct = default)
    {
        if (_zone is null)
        {
            var id = await db.Clinics.AsNoTracking().Select(c => c.TimeZoneId).FirstOrDefaultAsync(ct);
            _zone = (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)) ?? DateTimeZone.Utc;
        }

        return _zone;
    }

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<DateOnly> TodayAsync(CancellationToken ct = default)
    {
        var local = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(await ZoneAsync(ct)).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    /// <summary>A stored UTC instant as the clinic's local date and time.</summary>
    public async Task<DateTime> LocalAsync(DateTime utc, CancellationToken ct = default) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(await ZoneAsync(ct)).ToDateTimeUnspecified();
}
