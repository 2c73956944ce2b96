namespace BackPlan.Web.Features.Articles;

/// <summary>Tags stored as "|a|b|": parsed, normalised (lower case, trimmed) and matched whole.</summary>
public static class ArticleTags
{
    public static IReadOnlyList<string> Parse(string? stored) =>
        (stored ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>From what an editor types ("Back pain, exercise") to the stored form.</summary>
    public static string FromInput(string? input)
    {
        var tags = (input ?? "").Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalise).Where(t => t.Length > 0).Distinct().ToList();
        return "|" + string.Join("|", tags) + (tags.Count > 0 ? "|" : "");
    }

    public static string Normalise(string tag) => tag.Trim().ToLowerInvariant();

    /// <summary>The LIKE pattern that finds articles carrying <paramref name="tag"/>.</summary>
    public static string Pattern(string tag) => "%|" + Normalise(tag).Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "|%";
}
