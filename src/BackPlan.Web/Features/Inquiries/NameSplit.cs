namespace BackPlan.Web.Features.Inquiries;

/// <summary>
/// Splits the one name a visitor typed into given and family names as a starting point for staff:
/// "Family, Given" by the comma; otherwise the last word is the family name, together with any
/// particles before it (van, de, von, …). A single word is taken as the given name.
/// </summary>
public static class NameSplit
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ten", "ter", "zu", "af", "bin", "al",
    };

    public static (string Given, string Family) Split(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            return (Tidy(name[(comma + 1)..]), Tidy(name[..comma]));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            return (Tidy(name), "");
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }

        return (string.Join(' ', words[..familyStart]), string.Join(' ', words[familyStart..]));
    }

    private static string Tidy(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
