namespace BackPlan.Clinical.Changes;

/// <summary>
/// BackPlan's default responder rules (instruments.md "Change and responders"): Ostelo 2008
/// consensus for NPRS, ODI and RMDQ; Stratford 1995 MDC for PSFS; a pragmatic 30 % for PEG.
/// </summary>
public static class ResponderRules
{
    public const string NoThreshold = "no published threshold: change reported only";

    private static readonly Dictionary<string, ResponderRule> Defaults = new(StringComparer.Ordinal)
    {
        ["nprs"] = new("decrease >= 2 points and >= 30%", ImprovementPoints: 2, ImprovementPercent: 30, BothRequired: true, DeteriorationPoints: 2, EvaluableFrom: 3),
        ["odi"] = new("decrease >= 10 points or >= 30%", ImprovementPoints: 10, ImprovementPercent: 30, DeteriorationPoints: 10, EvaluableFrom: 10),
        ["rmdq"] = new("decrease >= 5 points or >= 30%", ImprovementPoints: 5, ImprovementPercent: 30, DeteriorationPoints: 5, EvaluableFrom: 4),
        ["psfs"] = new("increase >= 2 points (mean)", ImprovementPoints: 2, DeteriorationPoints: 2, EvaluableUpTo: 8),
        ["peg"] = new("decrease >= 30%", ImprovementPercent: 30, DeteriorationPercent: 30, EvaluableFrom: 3),
    };

    /// <summary>The default rule for an instrument, or null where no threshold is published.</summary>
    public static ResponderRule? For(string instrument) => Defaults.GetValueOrDefault(instrument);
}
