using BackPlan.Clinical.Plans;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Plans;

public enum PlanStatus
{
    /// <summary>Being edited; not shown to the patient.</summary>
    Draft,

    /// <summary>The program in force. Never edited: a change is a new version.</summary>
    Approved,

    /// <summary>An approved version replaced by a later one; kept readable.</summary>
    Superseded,
}

/// <summary>
/// One version of an episode's program. A draft may be edited; approval freezes it, and any later
/// change starts a new draft version that records who changed it, when and why.
/// </summary>
public sealed class PlanVersion : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    public int Number { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public PlanSchedule? Schedule { get; set; }

    public int? ReviewAfterSession { get; set; }

    public List<PlanElement> Elements { get; set; } = [];

    public List<PlanWarning> Warnings { get; set; } = [];

    /// <summary>The goals in the patient's own words, written by the practitioner.</summary>
    public string? PatientGoals { get; set; }

    /// <summary>Why this version differs from the one before (required from version 2).</summary>
    public string? ChangeReason { get; set; }

    /// <summary>Where the draft came from: the engine's recommendation, or a copy of version N.</summary>
    public required string Origin { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }
}
