using System.Globalization;
namespace BackPlan.Clinical.Scoring;

/// <summary>
/// Turns typed text (a CSV cell, a form field) into an answer for an item. Empty text is "not answered". Numbers use the
/// invariant culture (a decimal point, no thousands separators: "3,5" is not a number). Boolean
/// items accept true/false, yes/no and 1/0 in any case. Anything else stays text, so the scorer
/// rejects it with the item's own message rather than the caller guessing.
/// </summary>
public static class AnswerText
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static Answer? Parse(string? cell, ValueDomain domain)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (domain.Kind == ValueDomain.BooleanKind)
        {
            return text.ToUpperInvariant() switch
            {
                "TRUE" or "YES" or "1" => new Answer.Boolean(true),
                "FALSE" or "NO" or "0" => new Answer.Boolean(false),
                _ => new Answer.Text(text),
            };
        }

        return decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var number)
            ? new Answer.Number(number)
            : new Answer.Text(text);
    }
}
