using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Forms;

public enum FormStatus
{
    Open,
    InProgress,
    Completed,
}

/// <summary>
/// A questionnaire the patient is asked to fill in for one episode (the schedule of
/// <see cref="BackPlan.Clinical.Forms.FormSchedule"/>, kept in step by <see cref="FormScheduler"/>).
/// The patient fills it one step at a time; each saved step's typed answers are kept in
/// <see cref="Draft"/>, so a lost connection loses at most the step on screen.
/// </summary>
public sealed class ScheduledForm : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    /// <summary>Which form of the schedule this is (baseline, review:3, pre_session:&lt;appointment&gt;, discharge).</summary>
    public required string Key { get; set; }

    public required string TimePoint { get; set; }

    /// <summary>The steps in order: "history", "safety", then one per instrument code.</summary>
    public List<string> Steps { get; set; } = [];

    /// <summary>Whether the safety step also asks the contraindication questions (baseline only).</summary>
    public bool AsksContraindications { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime DueAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public FormStatus Status { get; set; } = FormStatus.Open;

    /// <summary>What the patient typed in the steps saved so far, by field name.</summary>
    public Dictionary<string, string> Draft { get; set; } = [];

    public List<string> SavedSteps { get; set; } = [];

    /// <summary>The questionnaire responses stored on submit.</summary>
    public List<Guid> ResponseIds { get; set; } = [];

    /// <summary>The screening recorded from this form's safety step, if any.</summary>
    public Guid? ScreeningId { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>When the last reminder email was queued; the automatic overdue one is sent once per form.</summary>
    public DateTime? ReminderSentAt { get; set; }

    /// <summary>How many reminder emails were queued for this form (the overdue one and any staff sent by hand).</summary>
    public int ReminderCount { get; set; }

    public bool IsAvailable(DateTime now) => Status != FormStatus.Completed && OpensAt <= now && (ClosesAt is null || ClosesAt > now);

    public bool IsOverdue(DateTime now) => IsAvailable(now) && DueAt < now;

    /// <summary>The first step not saved yet (where a half-done form resumes); null when every step is saved.</summary>
    public string? NextStep => Steps.FirstOrDefault(s => !SavedSteps.Contains(s));
}
