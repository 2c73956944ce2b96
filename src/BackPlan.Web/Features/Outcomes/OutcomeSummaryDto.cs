namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The dashboard's figures (GET /api/v1/outcomes/summary). <c>Rebuilding</c>: every month's aggregates are
/// being rebuilt in the background after a bulk load or "Recompute all"; until then the figures are those
/// from before it.
/// </summary>
public sealed record OutcomeSummaryDto(
    OutcomeFilterDto Filter,
    EpisodeCounts Episodes,
    ProportionFigure FollowUpCompleteness,
    ProportionFigure PainResponderFourWeeks,
    ProportionFigure FunctionResponderFourWeeks,
    ProportionFigure PainResponderDischarge,
    ProportionFigure FunctionResponderDischarge,
    ProportionFigure PainDeterioratedFourWeeks,
    ProportionFigure FunctionDeterioratedFourWeeks,
    ProportionFigure PainFreeAtOneMonth,
    ProportionFigure RecoveredAtOneMonth,
    MeanChanges MeanChangeFourWeeks,
    CareFigures Care,
    PainFreeBenchmark PainFreeBenchmark,
    AdverseEventBenchmark AdverseEventBenchmark,
    IReadOnlyList<string> FunctionContext,
    IReadOnlyList<CompletenessRow> CompletenessByPractitioner,
    IReadOnlyList<CompletenessRow> CompletenessByMonth,
    bool Rebuilding);

public sealed record OutcomeFilterDto(string? From, string? To, Guid? LocationId, Guid? PractitionerId, string? DurationClass, string? Risk, string? Composition);

/// <summary>
/// Started: episodes in the filter. Due: their 4-week window has ended (or they were measured in it).
/// Lost to follow-up: due without a 4-week pain score.
/// </summary>
public sealed record EpisodeCounts(int Started, int Completed, int DueForFollowUp, int FollowedUp, int LostToFollowUp);

/// <summary>Mean change baseline → 4 weeks, in each instrument's own points (negative = less pain or disability; positive = better sleep, PSFS).</summary>
public sealed record MeanChanges(MeanFigure Pain, MeanFigure FunctionOdi, MeanFigure FunctionRmdq, MeanFigure Sleep, MeanFigure Stress, MeanFigure Psfs);

/// <summary>Sessions per episode; no-shows among booked sessions; adherence and adverse events only where recorded.</summary>
public sealed record CareFigures(MeanFigure SessionsAttended, ProportionFigure NoShows, MeanFigure Adherence, ProportionFigure AdverseEvents, ProportionFigure Soreness);

public sealed record TrialArmDto(string Code, string Label, double Proportion, int N);

/// <summary>
/// The clinic's pain-free share beside the trial's arms, the exact binomial test against the
/// comparator arm, and the best and worst case if every missing follow-up were pain-free / not.
/// </summary>
public sealed record PainFreeBenchmark(
    ProportionFigure Clinic,
    IReadOnlyList<TrialArmDto> Arms,
    string Comparator,
    double ComparatorProportion,
    double? PValue,
    string Test,
    int Missing,
    double? BestCase,
    double? WorstCase,
    string Source,
    IReadOnlyList<string> Caveats);

public sealed record AdverseEventBenchmark(ProportionFigure Clinic, double Low, double High, string Source);

/// <summary>Follow-up completeness of one practitioner or one month (by start date).</summary>
public sealed record CompletenessRow(string Key, string Label, ProportionFigure FollowedUp);
