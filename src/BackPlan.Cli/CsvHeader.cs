using BackPlan.Clinical.Scoring;

namespace BackPlan.Cli;

/// <summary>Checks the header of a responses file before any row is scored.</summary>
internal static class CsvHeader
{
    /// <summary>The columns the scorer adds, after the input's own columns.</summary>
    public static IReadOnlyList<string> AddedColumns { get; } = ["score", "band", "complete", "missing", "error"];

    /// <summary>Why the header cannot be used, or null when it is fine.</summary>
    public static string? Problem(InstrumentDefinition instrument, IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim()).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return $"duplicate column: {duplicate.Key}";
        }

        // A column that looks like one of this instrument's items but is not one is a typo, not an id column.
        var unknown = names.Where(n => n.StartsWith(instrument.Code + ".", StringComparison.Ordinal) && instrument.FindItem(n) is null).ToList();
        if (unknown.Count > 0)
        {
            return $"unknown item column for {instrument.Code}: {string.Join(", ", unknown)}";
        }

        var clash = names.FirstOrDefault(n => AddedColumns.Contains(n, StringComparer.Ordinal));
        if (clash is not null)
        {
            return $"input already has a column named {clash}";
        }

        return names.Any(n => instrument.FindItem(n) is not null)
            ? null
            : $"no item columns for {instrument.Code} (expected e.g. {instrument.Items[0].Code})";
    }
}
