namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Single-item Sleep Quality Scale (Snyder 2018; evidence.md §5.8).</summary>
internal static class Sqs
{
    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "sqs",
        Title = "Sleep Quality Scale (single item)",
        Version = "1-item",
        RecallPeriod = "past 7 days",
        Items = [new("sqs.1", ValueDomain.IntegerRange(0, 10), true, "Overall sleep quality over the past 7 days, from 0 (terrible) to 10 (excellent).")],
        ScoringRule = "the value of sqs.1",
        CompleteWhen = "sqs.1 answered",
        Range = new(0, 10),
        Bands = [new("terrible", 0, 0), new("poor", 1, 3), new("fair", 4, 6), new("good", 7, 9), new("excellent", 10, 10)],
        HigherIsBetter = true,
        Licence = Licences.CheckTerms,
        LicenceNote = "Developed by Merck (Snyder et al.); permission terms unknown.",
        Source = "Snyder et al., J Clin Sleep Med 2018;14(11):1849-57; evidence.md §5.8",
        Rule = ScoringRules.Single("sqs.1"),
    };
}
