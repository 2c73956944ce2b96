using NodaTime;

namespace BackPlan.Web.Features.Appointments;

/// <summary>The from/to query parameters of the availability and appointment lists, validated.</summary>
public static class TimeRange
{
    /// <summary>
    /// Parses <paramref name="from"/> and <paramref name="to"/> (ISO dates or date-times; see
    /// <see cref="IsoTime.TryParseBound"/>). A missing from is the start of today (local); a
    /// missing to is <paramref name="defaultDays"/> later. Adds errors by field.
    /// </summary>
    public static Interval? Parse(string? from, string? to, DateTimeZone zone, Instant now, int defaultDays, int maxDays, Dictionary<string, string[]> errors)
    {
        Instant start = default, end = default;
        var ok = true;
        if (string.IsNullOrWhiteSpace(from))
        {
            start = zone.AtStartOfDay(now.InZone(zone).Date).ToInstant();
        }
        else if (!IsoTime.TryParseBound(from, zone, end: false, out start))
        {
            errors["from"] = ["Give an ISO 8601 date (2026-03-30) or date-time (2026-03-30T08:00 or with an offset)."];
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            end = ok ? zone.AtStartOfDay(start.InZone(zone).Date.PlusDays(defaultDays)).ToInstant() : default;
        }
        else if (!IsoTime.TryParseBound(to, zone, end: true, out end))
        {
            errors["to"] = ["Give an ISO 8601 date (2026-03-30) or date-time (2026-03-30T08:00 or with an offset)."];
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        if (end <= start)
        {
            errors["to"] = ["The end of the range must be after its start."];
            return null;
        }

        if (end - start > Duration.FromDays(maxDays))
        {
            errors["to"] = [$"Ask for at most {maxDays} days at a time."];
            return null;
        }

        return new Interval(start, end);
    }
}
