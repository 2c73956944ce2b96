namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Keele STarT Back Screening Tool, 9 items (Hill 2008; Keele scoring; evidence.md §5.4).</summary>
internal static class Sbst
{
    private static readonly string[] Statements =
    [
        "Back pain has spread down the leg(s) recently (true = agree).",
        "Has had pain in the shoulder or neck recently (true = agree).",
        "Has only walked short distances because of back pain (true = agree).",
        "Has dressed more slowly than usual because of back pain (true = agree).",
        "Believes it is not safe to be physically active with this condition (true = agree).",
        "Worrying thoughts have been on their mind a lot (true = agree).",
        "Feels the back pain is terrible and will never get better (true = agree).",
        "Has not enjoyed the things they usually enjoy (true = agree).",
    ];

    private static readonly ValueOption[] Bothersome =
        [new(0, "not at all"), new(1, "slightly"), new(2, "moderately"), new(3, "very much"), new(4, "extremely")];

    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "sbst",
        Title = "Keele STarT Back Screening Tool",
        Version = "9-item",
        RecallPeriod = "past 2 weeks",
        Items =
        [
            .. ItemList.Numbered("sbst", ValueDomain.TrueOrFalse, true, Statements),
            new("sbst.9", ValueDomain.IntegerRange(0, 4, Bothersome), true, "Overall, how bothersome the back pain has been, from not at all (0) to extremely (4)."),
        ],
        ScoringRule = "total 0-9: items 1-8 count 1 if true, item 9 counts 1 if >= 3; psychosocial subscale = items 5-9",
        CompleteWhen = "all 9 items answered",
        Range = new(0, 9),
        // Keele: evaluate the psychosocial subscale first, then the total.
        Bands =
        [
            new("low", 0, 3, Note: "total 0-3"),
            new("medium", 4, 9, Note: "total >= 4 and psychosocial <= 3"),
            new("high", 4, 9, Note: "psychosocial >= 4"),
        ],
        HigherIsBetter = false,
        Licence = Licences.LicenceRequired,
        LicenceNote = "© Keele University 2007. Free for non-commercial use; commercial products must contact Keele (Impact Accelerator Unit).",
        Source = "Hill et al., Arthritis Rheum 2008;59(5):632-41; Keele scoring guide; evidence.md §5.4",
        Rule = Score,
    };

    private static RawScore? Score(IReadOnlyDictionary<string, decimal> values)
    {
        if (values.Count < 9)
        {
            return null;
        }

        decimal Point(int item) => item == 9 ? (values["sbst.9"] >= 3 ? 1 : 0) : values[$"sbst.{item}"];

        var total = Enumerable.Range(1, 9).Sum(Point);
        var psychosocial = Enumerable.Range(5, 5).Sum(Point);
        var band = psychosocial >= 4 ? "high" : total >= 4 ? "medium" : "low";
        return new RawScore(total, new Dictionary<string, decimal> { ["psychosocial"] = psychosocial }, band);
    }
}
