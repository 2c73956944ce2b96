namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Numeric Pain Rating Scale 0–10 (evidence.md §5.1).</summary>
internal static class Nprs
{
    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "nprs",
        Title = "Numeric Pain Rating Scale",
        Version = "0-10",
        RecallPeriod = "now (current); past 7 days (average, worst)",
        Items =
        [
            new("nprs.current", ValueDomain.IntegerRange(0, 10), true, "Pain right now, from 0 (no pain) to 10 (worst pain imaginable)."),
            new("nprs.average", ValueDomain.IntegerRange(0, 10), false, "Average pain over the past week, same 0-10 scale."),
            new("nprs.worst", ValueDomain.IntegerRange(0, 10), false, "Worst pain over the past week, same 0-10 scale."),
        ],
        ScoringRule = "score = nprs.current; subscales average and worst when given",
        CompleteWhen = "nprs.current is answered",
        Range = new(0, 10),
        // Bands are not universal (Serlin 1995, Boonstra 2016); this is the common default convention.
        Bands = [new("none", 0, 0), new("mild", 1, 3), new("moderate", 4, 6), new("severe", 7, 10)],
        HigherIsBetter = false,
        Licence = Licences.Free,
        LicenceNote = "Public domain; no owner to ask.",
        // LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported.
        Loinc = "72514-3",
        Source = "evidence.md §5.1",
        Rule = Score,
    };

    private static RawScore? Score(IReadOnlyDictionary<string, decimal> values)
    {
        if (!values.TryGetValue("nprs.current", out var current))
        {
            return null;
        }

        var subscales = new Dictionary<string, decimal>();
        foreach (var name in new[] { "average", "worst" })
        {
            if (values.TryGetValue($"nprs.{name}", out var value))
            {
                subscales[name] = value;
            }
        }

        return new RawScore(current, subscales);
    }
}
