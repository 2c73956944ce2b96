using System.Globalization;

namespace BackPlan.Web.Platform;

/// <summary>One field of a CSV export (RFC 4180), safe to open in a spreadsheet.</summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as a formula
    /// (it starts with = + - @, a tab or a carriage return, and is not a number) starts with an
    /// apostrophe: exports carry what patients and visitors typed (OWASP, CSV injection).
    /// </summary>
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is var first && FormulaStarts.Contains(first)
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
