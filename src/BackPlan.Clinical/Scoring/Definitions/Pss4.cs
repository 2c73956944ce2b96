namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Perceived Stress Scale, 4 items (Cohen 1983; evidence.md §5.7).</summary>
internal static class Pss4
{
    private static readonly ValueOption[] Often =
        [new(0, "never"), new(1, "almost never"), new(2, "sometimes"), new(3, "fairly often"), new(4, "very often")];

    private static readonly string[] Statements =
    [
        "How often they felt unable to control the important things in life.",
        "How often they felt confident about handling personal problems (positively worded).",
        "How often they felt things were going their way (positively worded).",
        "How often difficulties piled up so high they could not overcome them.",
    ];

    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "pss4",
        Title = "Perceived Stress Scale (4-item)",
        Version = "PSS-4",
        RecallPeriod = "last month",
        Items = ItemList.Numbered("pss4", ValueDomain.IntegerRange(0, 4, Often), true, Statements),
        ScoringRule = "sum after reversing items 2 and 3 (v -> 4 - v)",
        CompleteWhen = "all 4 items answered",
        Range = new(0, 16),
        HigherIsBetter = false,
        Licence = Licences.LicenceRequired,
        LicenceNote = "S. Cohen / American Sociological Association: free for non-profit research and education; profit-related use needs permission.",
        Source = "Cohen, Kamarck & Mermelstein, J Health Soc Behav 1983;24:385-96; evidence.md §5.7",
        Rule = Score,
    };

    // Items 2 and 3 are positively worded, so they are reversed before summing (Cohen lab scoring).
    private static RawScore? Score(IReadOnlyDictionary<string, decimal> values) =>
        values.Count < 4
            ? null
            : new RawScore(values.Sum(v => v.Key is "pss4.2" or "pss4.3" ? 4 - v.Value : v.Value));
}
