namespace BackPlan.Clinical.Outcomes;

/// <summary>One arm of a published trial: what it gave, the share with the outcome and the arm's n as reported.</summary>
public sealed record TrialArm(string Code, string Label, double Proportion, int N);

/// <summary>
/// The published figures a clinic's own are set beside (evidence.md §9), with the caveats that
/// travel with them. Context, not like-for-like comparisons: different instruments, selected
/// trial populations and follow-up completers only.
/// </summary>
public static class PublishedBenchmarks
{
    public const string PreydeSource = "Preyde M. CMAJ 2000;162(13):1815-20";

    /// <summary>
    /// % with no pain (McGill PPI = 0) one month after treatment ended. The arm n are the
    /// post-treatment completers as reported (98 in all); the per-arm denominators at follow-up
    /// (91 in all) are not published in the abstract.
    /// </summary>
    public static IReadOnlyList<TrialArm> PreydePainFree { get; } =
    [
        new(PlanComposition.Combined, "Comprehensive massage therapy (soft tissue + exercise + posture education)", 0.63, 25),
        new(PlanComposition.SoftTissueOnly, "Soft tissue manipulation only", 0.27, 25),
        new(PlanComposition.ExerciseOnly, "Remedial exercise + posture education only", 0.14, 22),
        new("sham", "Sham laser (placebo)", 0.0, 26),
    ];

    /// <summary>The comparator for the clinic's pain-free share: the comprehensive package, which BackPlan's programs follow.</summary>
    public static TrialArm PainFreeComparator => PreydePainFree[0];

    public static IReadOnlyList<string> PainFreeCaveats { get; } =
    [
        "Different pain instrument: the trial counted McGill Present Pain Intensity 0; BackPlan counts NPRS 0.",
        "Selected trial population: subacute pain of 1 week to 8 months, screened volunteers in Ontario.",
        "Follow-up completers only (91 of 107 screened); the trial's time point is one month after a month of treatment.",
        "Small arms (about 25 each), unblinded therapists.",
    ];

    /// <summary>Increased pain after massage, reported by 1.5 % to 25 % of trial participants (Cochrane 2015).</summary>
    public const double AdverseEventsLow = 0.015;

    public const double AdverseEventsHigh = 0.25;

    public const string AdverseEventsSource = "Furlan AD et al. Cochrane Database Syst Rev 2015;(9):CD001929";

    /// <summary>Function: what the trials found, as text (the effect sizes are standardised, not points on the clinic's scale).</summary>
    public static IReadOnlyList<string> FunctionContext { get; } =
    [
        "Cherkin 2011 (Ann Intern Med): after 10 weekly massages for chronic pain, RMDQ 2.5–2.9 points better than usual care at 10 weeks.",
        "Cochrane 2015: against inactive controls, function improved short-term with SMD −0.72 (−1.05 to −0.39), low certainty; against active treatments no significant difference.",
        "A standardised mean difference compares groups; a clinic's mean change within patients includes natural recovery and cannot be set against it directly.",
    ];
}
