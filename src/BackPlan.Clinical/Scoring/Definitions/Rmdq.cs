namespace BackPlan.Clinical.Scoring.Definitions;

/// <summary>Roland-Morris Disability Questionnaire, 24 items (Roland &amp; Morris 1983; evidence.md §5.3).</summary>
internal static class Rmdq
{
    // Our own summaries of each statement (all "because of my back", true = applies to me today).
    private static readonly string[] Statements =
    [
        "Stays at home most of the time.",
        "Changes position often to get comfortable.",
        "Walks more slowly than usual.",
        "Is not doing the usual jobs around the house.",
        "Uses a handrail to get upstairs.",
        "Lies down to rest more often.",
        "Holds on to something to get out of an easy chair.",
        "Asks other people to do things.",
        "Gets dressed more slowly than usual.",
        "Stands up only for short periods.",
        "Tries not to bend or kneel down.",
        "Finds it hard to get up from a chair.",
        "Back hurts almost all the time.",
        "Finds it hard to turn over in bed.",
        "Appetite is not very good.",
        "Has trouble putting on socks or stockings.",
        "Walks only short distances.",
        "Sleeps less well.",
        "Gets dressed with help from someone else.",
        "Sits down for most of the day.",
        "Avoids heavy jobs around the house.",
        "Is more irritable and bad tempered with people.",
        "Goes upstairs more slowly than usual.",
        "Stays in bed most of the time.",
    ];

    public static InstrumentDefinition Definition { get; } = new()
    {
        Code = "rmdq",
        Title = "Roland-Morris Disability Questionnaire",
        Version = "24-item",
        RecallPeriod = "today",
        Items = ItemList.Numbered("rmdq", ValueDomain.TrueOrFalse, false, Statements),
        ScoringRule = "count of true × 24 ÷ items answered (the count itself when all 24 are answered)",
        // No official missing-item rule; BackPlan prorates with at most 2 missing (evidence.md §5.3).
        CompleteWhen = "at least 22 of 24 items answered",
        Range = new(0, 24),
        HigherIsBetter = false,
        Licence = Licences.CheckTerms,
        LicenceNote = "© M. Roland and R. Morris; current terms for commercial electronic use to be checked (rmdq.org).",
        Source = "Roland & Morris, Spine 1983;8:141-4; Roland & Fairbank, Spine 2000; evidence.md §5.3",
        Rule = ScoringRules.ProratedCount(24, minAnswered: 22),
    };
}
