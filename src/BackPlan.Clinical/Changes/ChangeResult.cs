namespace BackPlan.Clinical.Changes;

/// <summary>A follow-up compared with its baseline, in the JSON shape of instruments.md (rounded to 1 dp).</summary>
public sealed record ChangeResult(
    string Instrument,
    decimal Change,
    decimal? PercentChange,
    bool Evaluable,
    bool? Responder,
    bool? Deteriorated,
    string Rule);
