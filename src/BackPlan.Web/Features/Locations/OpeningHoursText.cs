using System.Globalization;

namespace BackPlan.Web.Features.Locations;

/// <summary>
/// One day's opening hours as typed in a single field: "08:00–12:00, 13:00–19:00"; empty when
/// closed. A plain text field keeps the form usable without JavaScript for any number of intervals.
/// </summary>
public static class OpeningHoursText
{
    public const string FormatError = "Write the hours as 08:00–12:00, with a comma between intervals (leave empty when closed).";
    public const string CloseBeforeOpen = "Each closing time must be after its opening time.";
    public const string Overlap = "The intervals of one day must not overlap.";

    public static readonly IReadOnlyList<string> Messages = [FormatError, CloseBeforeOpen, Overlap];

    private static readonly char[] Dashes = ['-', '–', '—'];

    /// <summary>The day's intervals in order, or the English message telling what is wrong.</summary>
    public static (List<(TimeOnly Opens, TimeOnly Closes)> Intervals, string? Error) Parse(string? text)
    {
        var intervals = new List<(TimeOnly Opens, TimeOnly Closes)>();
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var times = part.Split(Dashes, StringSplitOptions.TrimEntries);
            if (times.Length != 2 || !TryTime(times[0], out var opens) || !TryTime(times[1], out var closes))
            {
                return ([], FormatError);
            }

            // Midnight as a closing time means the end of the day, which the working hours cannot
            // express either: ask for 23:59 or earlier instead of guessing.
            if (closes <= opens)
            {
                return ([], CloseBeforeOpen);
            }

            intervals.Add((opens, closes));
        }

        intervals.Sort((a, b) => a.Opens.CompareTo(b.Opens));
        for (var i = 1; i < intervals.Count; i++)
        {
            if (intervals[i].Opens < intervals[i - 1].Closes)
            {
                return ([], Overlap);
            }
        }

        return (intervals, null);
    }

    public static string Format(IEnumerable<(TimeOnly Opens, TimeOnly Closes)> intervals) =>
        string.Join(", ", intervals.OrderBy(i => i.Opens).Select(i => $"{Time(i.Opens)}–{Time(i.Closes)}"));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
