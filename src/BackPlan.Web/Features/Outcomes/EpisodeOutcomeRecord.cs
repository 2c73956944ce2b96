using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// One row per episode with its outcome already computed (by <see cref="BackPlan.Clinical.Outcomes.EpisodeOutcome"/>)
/// and the dashboard's filter dimensions as columns, so the dashboard is grouped SQL over this
/// table alone. Derived data: <see cref="OutcomeRefreshInterceptor"/> rewrites it whenever the
/// episode's questionnaires, plans, appointments, exercise log, adverse events, post-session
/// checks or the episode itself change.
/// Flags are null when not measured (no follow-up, or a baseline below the evaluable range).
/// </summary>
public sealed class EpisodeOutcomeRecord : IClinicOwned, IOutcomeDimensions
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid EpisodeId { get; set; }

    public Guid PatientId { get; set; }

    // Filter dimensions.
    public Guid? LocationId { get; set; }

    /// <summary>The practitioner who saw the patient most (attended appointments first), else who approved the plan.</summary>
    public Guid? PractitionerId { get; set; }

    /// <summary>acute, subacute or chronic.</summary>
    public required string DurationClass { get; set; }

    /// <summary>STarT Back group at baseline: low, medium or high; null when not screened.</summary>
    public string? RiskGroup { get; set; }

    /// <summary><see cref="BackPlan.Clinical.Outcomes.PlanComposition"/> of the last approved program; null without one.</summary>
    public string? Composition { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Discharged or referred.</summary>
    public bool Completed { get; set; }

    /// <summary>The last day of the 4-week window: after it, an episode without a 4-week pain score is lost to follow-up.</summary>
    public DateOnly FollowUpDueOn { get; set; }

    // Pain (NPRS).
    public double? PainBaseline { get; set; }

    public DateOnly? PainFourWeeksOn { get; set; }

    public double? PainChangeFourWeeks { get; set; }

    public double? PainChangeDischarge { get; set; }

    public bool? PainResponderFourWeeks { get; set; }

    public bool? PainResponderDischarge { get; set; }

    public bool? PainDeterioratedFourWeeks { get; set; }

    public bool? PainFreeFourWeeks { get; set; }

    public bool? PainFreeDischarge { get; set; }

    // Function (the clinic's ODI or RMDQ, whichever has a baseline; ODI first).
    public string? FunctionInstrument { get; set; }

    public double? FunctionBaseline { get; set; }

    public double? FunctionChangeFourWeeks { get; set; }

    public double? FunctionChangeDischarge { get; set; }

    public bool? FunctionResponderFourWeeks { get; set; }

    public bool? FunctionResponderDischarge { get; set; }

    public bool? FunctionDeterioratedFourWeeks { get; set; }

    /// <summary>NPRS 0 and RMDQ ≤ 2 (Kamper 2010); null for ODI clinics.</summary>
    public bool? RecoveredFourWeeks { get; set; }

    // Other instruments, change at 4 weeks.
    public double? PsfsChangeFourWeeks { get; set; }

    public bool? PsfsResponderFourWeeks { get; set; }

    public double? SleepChangeFourWeeks { get; set; }

    public double? StressChangeFourWeeks { get; set; }

    // Care received.
    public int SessionsAttended { get; set; }

    public int SessionsMissed { get; set; }

    /// <summary>Home-exercise adherence over the episode, done ÷ prescribed, 0–1; null without prescribed home exercise.</summary>
    public double? Adherence { get; set; }

    /// <summary>Adverse events recorded by clinicians in the episode (0 when none).</summary>
    public int? AdverseEvents { get; set; }

    /// <summary>Post-session checks reporting soreness at or above the alert line; null when the patient answered none.</summary>
    public int? SorenessReports { get; set; }

    public DateTime ComputedAt { get; set; }
}
