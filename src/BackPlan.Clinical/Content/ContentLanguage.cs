namespace BackPlan.Clinical.Content;

/// <summary>
/// The languages the content libraries are written in. English is the source of truth; a
/// translation changes only words, keyed by code, so every other tool keeps working on codes.
/// The web passes the two-letter UI culture ("en", "pl").
/// </summary>
public static partial class ContentLanguage
{
    public const string English = "en";

    public const string Polish = "pl";

    /// <summary>The languages with a full translation of both libraries, besides English.</summary>
    public static IReadOnlyList<string> Translations { get; } = [Polish];

    public static bool IsPolish(string? language) => string.Equals(language, Polish, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A "how often" text in the language when it is one the libraries prescribe. A plan keeps the
    /// English words it was given (the adherence count reads them), so they are translated when shown;
    /// words a therapist typed stay as typed.
    /// </summary>
    public static string Frequency(string frequency, string? language) =>
        IsPolish(language) && PolishFrequencies.TryGetValue(frequency, out var polish) ? polish : frequency;

    /// <summary>
    /// The words to store for a "how often" text read back from a form shown in the language: a
    /// library frequency shown translated goes back to its English words, anything else stays as typed.
    /// </summary>
    public static string StoredFrequency(string frequency, string? language) =>
        IsPolish(language) && EnglishFrequencies.TryGetValue(frequency, out var english) ? english : frequency;
}
