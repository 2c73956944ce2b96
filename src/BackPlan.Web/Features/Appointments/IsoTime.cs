using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Features.Appointments;

/// <summary>ISO 8601 text from the API as NodaTime values: an instant with its offset, or a clinic-local date or date-time.</summary>
public static class IsoTime
{
    private static readonly OffsetDateTimePattern[] WithOffset =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] Local =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>"2026-03-30T10:00:00+02:00" or "…Z": the offset is required, so the instant is never guessed.</summary>
    public static bool TryParseWithOffset(string? text, out Instant instant)
    {
        foreach (var pattern in WithOffset)
        {
            if (text is not null && pattern.Parse(text.Trim()) is { Success: true } parsed)
            {
                instant = parsed.Value.ToInstant();
                return true;
            }
        }

        instant = default;
        return false;
    }

    /// <summary>
    /// A range bound: a date means the start of that local day (for <paramref name="end"/>, the
    /// start of the next day, so "to=2026-03-31" includes the 31st); a date-time without an offset
    /// is clinic-local; with an offset it is exact.
    /// </summary>
    public static bool TryParseBound(string? text, DateTimeZone zone, bool end, out Instant instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            instant = zone.AtStartOfDay(end ? date.Value.PlusDays(1) : date.Value).ToInstant();
            return true;
        }

        foreach (var pattern in Local)
        {
            if (pattern.Parse(text) is { Success: true } local)
            {
                instant = zone.AtLeniently(local.Value).ToInstant();
                return true;
            }
        }

        return TryParseWithOffset(text, out instant);
    }

    /// <summary>The instant as the clinic's local time with its offset, e.g. 2026-03-30T10:00:00+02:00.</summary>
    public static DateTimeOffset InZone(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).ToDateTimeOffset();

    public static DateTimeOffset InZone(Instant instant, DateTimeZone zone) => instant.InZone(zone).ToDateTimeOffset();
}
