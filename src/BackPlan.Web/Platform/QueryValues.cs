using System.Globalization;

namespace BackPlan.Web.Platform;

/// <summary>
/// Parses the filter values of a query string (reports, exports): a bad value adds an error keyed by
/// its parameter, as ProblemDetails and the forms show them, and counts as not given.
/// </summary>
public static class QueryValues
{
    public static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["Give a date as yyyy-mm-dd."];
        return null;
    }

    public static Guid? Id(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        errors[field] = ["Give an id from this clinic's list."];
        return null;
    }

    /// <summary>A period given by its first and last day (both included) must not end before it starts.</summary>
    public static void Period(DateOnly? from, DateOnly? to, Dictionary<string, string[]> errors)
    {
        if (from is { } start && to is { } end && end < start)
        {
            errors["to"] = ["The end of the period must not be before its start."];
        }
    }
}
