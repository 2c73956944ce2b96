using System.Globalization;
using System.Text.RegularExpressions;

namespace BackPlan.Clinical.HomeProgram;

/// <summary>
/// How many days a week a home exercise is prescribed, read from the dosage's "how often" words
/// (plans.md: "daily or most days"; the library writes "daily" or "most days (4-6 days a week)"
/// and the therapist may type their own, in English or Polish). A range counts its lower end: the
/// patient who does the least that was asked has done what was asked. Several times a day is one
/// day of practice, since the log has one row per exercise per day. Words we cannot read count as
/// daily, the plans.md default for exercise.
/// </summary>
public static partial class ExerciseFrequency
{
    public const decimal Daily = 7m;

    public static decimal DaysPerWeek(string? frequency)
    {
        var text = (frequency ?? "").ToLower(CultureInfo.InvariantCulture);
        if (PerWeek().Match(text) is { Success: true } perWeek)
        {
            var n = int.Parse(perWeek.Groups[1].Value, CultureInfo.InvariantCulture);
            return Math.Clamp(n, 1, 7);
        }

        if (text.Contains("twice a week", StringComparison.Ordinal) || text.Contains("dwa razy w tygodniu", StringComparison.Ordinal))
        {
            return 2;
        }

        if (text.Contains("once a week", StringComparison.Ordinal) || text.Contains("weekly", StringComparison.Ordinal) || text.Contains("raz w tygodniu", StringComparison.Ordinal))
        {
            return 1;
        }

        if (text.Contains("every other day", StringComparison.Ordinal) || text.Contains("co drugi dzień", StringComparison.Ordinal))
        {
            return 3.5m;
        }

        // "most days" without numbers: the lower end of the library's "4-6 days a week".
        return text.Contains("most days", StringComparison.Ordinal) || text.Contains("większość dni", StringComparison.Ordinal) ? 4 : Daily;
    }

    // "3 times a week", "4-6 days a week", "3x per week", "3 razy w tygodniu", "4–6 dni w tygodniu".
    [GeneratedRegex(@"(\d+)\s*(?:(?:-|–|to|do)\s*\d+\s*)?(?:x|times?|days?|razy|dni)?\s*(?:a|per|each|/|w|na)\s*(?:week|wk|tydzień|tygodniu)")]
    private static partial Regex PerWeek();
}
