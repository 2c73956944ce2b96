using BackPlan.Clinical.Screening;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Episodes;

public enum EpisodeStatus
{
    Assessing,
    Active,
    Discharged,
    Referred,
}

/// <summary>One episode of care for low back pain, from first assessment to discharge or referral.</summary>
public sealed class Episode : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public DateOnly OnsetDate { get; set; }

    /// <summary>The day of the first assessment; the duration class is measured to it.</summary>
    public DateOnly StartedOn { get; set; }

    public int PreviousEpisodes { get; set; }

    /// <summary>Work, sport and daily activities that matter to the patient.</summary>
    public string? WorkAndActivities { get; set; }

    public EpisodeStatus Status { get; set; } = EpisodeStatus.Assessing;

    /// <summary>Why it was discharged or referred.</summary>
    public string? ClosingReason { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DurationClass DurationClass => Duration.Classify(OnsetDate, StartedOn < OnsetDate ? OnsetDate : StartedOn);

    public bool IsOpen => Status is EpisodeStatus.Assessing or EpisodeStatus.Active;
}
