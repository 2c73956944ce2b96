namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>PEG-3: pain, enjoyment, general activity (Krebs 2009; evidence.md §5.6).</summary>
internal static class Peg
{
    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "peg",
        Title = "PEG (Pain, Enjoyment of life, General activity)",
        Version = "3-item",
        RecallPeriod = "past week",
        Items =
        [
            new("peg.pain", ValueDomain.IntegerRange(0, 10), true, "Average pain, from 0 (none) to 10 (as bad as can be imagined)."),
            new("peg.enjoyment", ValueDomain.IntegerRange(0, 10), true, "How much pain got in the way of enjoying life, 0 (not at all) to 10 (completely)."),
            new("peg.activity", ValueDomain.IntegerRange(0, 10), true, "How much pain got in the way of general activity, 0 (not at all) to 10 (completely)."),
        ],
        ScoringRule = "mean of the three items",
        CompleteWhen = "all 3 items answered",
        Range = new(0, 10),
        HigherIsBetter = false,
        Licence = Licences.CheckTerms,
        LicenceNote = "Krebs et al. 2009 (open access); the Brief Pain Inventory owner (C. Cleeland, MD Anderson) claims its derivatives: legal check needed.",
        Source = "Krebs et al., J Gen Intern Med 2009;24(6):733-8; evidence.md §5.6",
        Rule = ScoringRules.Mean(minAnswered: 3),
    };
}
