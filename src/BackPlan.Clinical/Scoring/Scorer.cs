namespace BackPlan.Clinical.Scoring;

/// <summary>Scores one response to one instrument, or says exactly what is wrong with it.</summary>
public static class Scorer
{
    public static Validated<ScoreResult> Score(string instrumentCode, IReadOnlyDictionary<string, Answer?> answers) =>
        Score(instrumentCode, new InstrumentResponse(answers));

    public static Validated<ScoreResult> Score(string instrumentCode, InstrumentResponse response)
    {
        var errors = new ValidationErrors();
        var instrument = Instruments.Find(instrumentCode);
        if (instrument is null)
        {
            errors.Add("instrument", $"unknown instrument: {instrumentCode}");
            return errors.Invalid<ScoreResult>();
        }

        var values = ResponseValidator.Validate(instrument, response, errors);
        return errors.Any ? errors.Invalid<ScoreResult>() : Validated.Valid(Build(instrument, values));
    }

    private static ScoreResult Build(InstrumentDefinition instrument, Dictionary<string, decimal> values)
    {
        var raw = instrument.Rule(values);
        var subscales = (raw?.Subscales ?? new Dictionary<string, decimal>())
            .ToDictionary(s => s.Key, s => OneDecimal.Round(s.Value), StringComparer.Ordinal);
        var missing = instrument.Items.Select(i => i.Code).Where(c => !values.ContainsKey(c)).ToList();
        return new ScoreResult(
            instrument.Code,
            instrument.Version,
            Complete: raw is not null,
            Score: OneDecimal.Round(raw?.Score),
            // Bands are read from the unrounded score, so a 20.04 ODI is not pushed over a boundary by rounding.
            Band: raw is null ? null : raw.Band ?? instrument.BandFor(raw.Score),
            subscales,
            values.Count,
            missing,
            instrument.Range,
            instrument.HigherIsBetter);
    }
}
