using NodaTime;

namespace BackPlan.Clinical.HomeProgram;

/// <summary>
/// The clinic's local day of an instant: the exercise log keeps one row per exercise per local
/// day, so a session logged at 00:30 in Warsaw belongs to that Warsaw day, not to UTC's.
/// </summary>
public static class LocalDay
{
    public static DateOnly Of(DateTime utc, DateTimeZone zone)
    {
        var date = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date;
        return new DateOnly(date.Year, date.Month, date.Day);
    }
}
