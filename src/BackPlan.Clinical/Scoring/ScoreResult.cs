namespace BackPlan.Clinical.Scoring;

/// <summary>
/// A scored response, in the JSON shape of instruments.md. Score and subscales are rounded to
/// one decimal after computing unrounded; an incomplete response has no score, band or subscales.
/// </summary>
public sealed record ScoreResult(
    string Instrument,
    string Version,
    bool Complete,
    decimal? Score,
    string? Band,
    IReadOnlyDictionary<string, decimal> Subscales,
    int Answered,
    IReadOnlyList<string> Missing,
    ScoreRange Range,
    bool HigherIsBetter);
