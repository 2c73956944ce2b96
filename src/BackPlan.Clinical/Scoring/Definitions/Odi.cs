namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Oswestry Disability Index v2.1a (Fairbank &amp; Pynsent, Spine 2000; evidence.md §5.2).</summary>
internal static class Odi
{
    private static readonly string[] Sections =
    [
        "Pain intensity today.",
        "Personal care such as washing and dressing.",
        "Lifting.",
        "Walking.",
        "Sitting.",
        "Standing.",
        "Sleeping.",
        "Sex life (may be left out when it does not apply).",
        "Social life.",
        "Travelling.",
    ];

    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "odi",
        Title = "Oswestry Disability Index",
        Version = "2.1a",
        RecallPeriod = "today",
        Items = ItemList.Numbered("odi", ValueDomain.IntegerRange(0, 5), false,
            Sections.Select(s => $"{s} Six statements scored 0 (least disability) to 5 (most).").ToList()),
        ScoringRule = "sum of answered sections ÷ (5 × sections answered) × 100",
        // Fairbank gives no official minimum; BackPlan's rule (evidence.md §5.2).
        CompleteWhen = "at least 8 of 10 sections answered",
        Range = new(0, 100),
        // Fairbank's bands with the shared boundaries resolved as in instruments.md: ≤ 20, ≤ 40, ≤ 60, ≤ 80, > 80.
        Bands =
        [
            new("minimal", 0, 20),
            new("moderate", 20, 40, MinExclusive: true),
            new("severe", 40, 60, MinExclusive: true),
            new("very_severe", 60, 80, MinExclusive: true),
            new("bed_bound", 80, 100, MinExclusive: true),
        ],
        HigherIsBetter = false,
        Licence = Licences.LicenceRequired,
        LicenceNote = "© Jeremy Fairbank; distributed by Mapi Research Trust (ePROVIDE). A user agreement is required; fees may apply to healthcare organisations and software vendors.",
        Loinc = null,
        Source = "Fairbank & Pynsent, Spine 2000;25(22):2940-52; evidence.md §5.2",
        Rule = ScoringRules.PercentOfMaximum(5, minAnswered: 8),
    };
}
