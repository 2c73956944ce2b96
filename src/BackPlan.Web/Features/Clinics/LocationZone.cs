using NodaTime;

namespace BackPlan.Web.Features.Clinics;

/// <summary>A location's time zone: its own TZDB id when set and known, else the clinic's.</summary>
public static class LocationZone
{
    public static DateTimeZone Of(string? timeZoneId, DateTimeZone clinicZone) =>
        (string.IsNullOrEmpty(timeZoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)) ?? clinicZone;
}
