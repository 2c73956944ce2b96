namespace BackPlan.Clinical.Forms;

/// <summary>A booked visit (not cancelled): a stable key and its start (UTC).</summary>
public sealed record Visit(string Key, DateTime StartUtc);

/// <summary>
/// What the questionnaire schedule is made from. <paramref name="Allowed"/> holds the instruments
/// the clinic may send to patients (the licence gate); the plan values are null before a program
/// is approved. <paramref name="BaselineRecorded"/> is true when the clinic already recorded the
/// baseline (staff intake), so the patient is not asked twice.
/// </summary>
public sealed record ScheduleInput(
    DateTime EpisodeOpenedAt,
    string FunctionInstrument,
    IReadOnlyList<Visit> Visits,
    IReadOnlySet<string> Allowed,
    bool BaselineRecorded = false,
    DateTime? PlanApprovedAt = null,
    int? PlannedSessions = null,
    int? PlannedWeeks = null,
    int? ReviewAfterSession = null);
