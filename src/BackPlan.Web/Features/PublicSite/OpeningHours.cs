using NodaTime;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The clinic's opening hours as the public site shows them: for each day, from the earliest
/// start to the latest end of any practitioner's working hours (the clinic's local time).
/// </summary>
public sealed record OpeningDay(IsoDayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public static List<OpeningDay> From(IEnumerable<(IsoDayOfWeek Day, TimeOnly Start, TimeOnly End)> hours) =>
        hours.GroupBy(h => h.Day).OrderBy(g => g.Key)
            .Select(g => new OpeningDay(g.Key, g.Min(h => h.Start), g.Max(h => h.End))).ToList();

    /// <summary>schema.org day name, e.g. "Monday".</summary>
    public string SchemaDay => Day.ToString();
}
