using NodaTime;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// Opening hours as the public site shows them: a location's own hours when set (one entry per
/// interval), else derived from working hours: for each day, from the earliest start to the
/// latest end of any practitioner's working hours there (local time).
/// </summary>
public sealed record OpeningDay(IsoDayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public static List<OpeningDay> Exact(IEnumerable<(IsoDayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> hours) =>
        hours.OrderBy(h => h.Day).ThenBy(h => h.Opens).Select(h => new OpeningDay(h.Day, h.Opens, h.Closes)).ToList();

    public static List<OpeningDay> From(IEnumerable<(IsoDayOfWeek Day, TimeOnly Start, TimeOnly End)> hours) =>
        hours.GroupBy(h => h.Day).OrderBy(g => g.Key)
            .Select(g => new OpeningDay(g.Key, g.Min(h => h.Start), g.Max(h => h.End))).ToList();

    /// <summary>schema.org day name, e.g. "Monday".</summary>
    public string SchemaDay => Day.ToString();
}
