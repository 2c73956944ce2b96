namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Patient-Specific Functional Scale (Stratford 1995; evidence.md §5.5).</summary>
internal static class Psfs
{
    private static readonly string[] Activities =
        Enumerable.Range(1, 5)
            .Select(i => $"Activity {i} chosen by the patient (its name goes in the label): 0 = unable to do it, 10 = able to do it as before the problem.")
            .ToArray();

    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "psfs",
        Title = "Patient-Specific Functional Scale",
        Version = "Stratford 1995",
        RecallPeriod = "today",
        Items = ItemList.Numbered("psfs", ValueDomain.NumberRange(0, 10), false, Activities, takesLabel: true),
        ScoringRule = "mean of the answered activity ratings",
        CompleteWhen = "at least 1 activity rated",
        Range = new(0, 10),
        HigherIsBetter = true,
        Licence = Licences.Free,
        LicenceNote = "Stratford et al.; free to use, forms state \"reproduced with permission of the authors\".",
        Source = "Stratford et al., Physiotherapy Canada 1995;47:258-63; evidence.md §5.5",
        Rule = ScoringRules.Mean(minAnswered: 1),
    };
}
