namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Modified Schober test (Macrae &amp; Wright 1969; evidence.md §5.9).</summary>
internal static class Schober
{
    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "schober",
        Title = "Modified Schober test",
        Version = "modified (10 cm above, 5 cm below the lumbosacral junction)",
        RecallPeriod = "at the examination",
        Items = [new("schober.increase_cm", ValueDomain.NumberRange(0, 15), true, "Increase in cm of the 15 cm span when bending forward with straight knees.")],
        ScoringRule = "the value of schober.increase_cm",
        CompleteWhen = "schober.increase_cm answered",
        Range = new(0, 15),
        // An increase of at least 5 cm is commonly regarded as normal.
        Bands = [new("reduced", 0, 5, MaxExclusive: true), new("normal", 5, 15)],
        HigherIsBetter = true,
        Licence = Licences.Free,
        LicenceNote = "A physical test; no owner.",
        Source = "Macrae & Wright 1969; evidence.md §5.9",
        Rule = ScoringRules.Single("schober.increase_cm"),
    };
}
