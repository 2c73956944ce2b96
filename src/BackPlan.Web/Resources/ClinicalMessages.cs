using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Resources;

/// <summary>
/// Puts the clinical core's validation messages into the reader's language. BackPlan.Clinical
/// answers in English (the API's contract); a message with numbers or codes in it is matched to a
/// pattern whose resource text takes them as arguments, and a fixed message is looked up as it is.
/// A message no pattern knows stays in English rather than being lost.
/// </summary>
public static partial class ClinicalMessages
{
    public static string Translate(IStringLocalizer localizer, string message)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var (pattern, key) in Patterns)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return localizer[key, [.. match.Groups.Values.Skip(1).Select(g => g.Value)]];
            }
        }

        return localizer[message];
    }

    private static readonly (Regex Pattern, string Key)[] Patterns =
    [
        (IntegerRange(), "must be an integer from {0} to {1}"),
        (NumberRange(), "must be a number from {0} to {1}"),
        (ScoreRange(), "must be a score from {0} to {1}"),
        (AtMost(), "must be at most {0} characters"),
        (LabelLength(), "must be text of 1 to {0} characters"),
    ];

    [GeneratedRegex(@"^must be an integer from (-?\d+) to (-?\d+)$")]
    private static partial Regex IntegerRange();

    [GeneratedRegex(@"^must be a number from (-?[\d.]+) to (-?[\d.]+)$")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"^must be a score from (-?[\d.]+) to (-?[\d.]+)$")]
    private static partial Regex ScoreRange();

    [GeneratedRegex(@"^must be at most (\d+) characters$")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"^must be text of 1 to (\d+) characters$")]
    private static partial Regex LabelLength();
}
