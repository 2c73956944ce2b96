using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>The patient pressed "I'm having a flare-up" in the portal: when, how bad (0–10, optional) and what they wrote.</summary>
public sealed class FlareUp : IPatientOwned
{
    public const int MaxNote = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid? EpisodeId { get; set; }

    public DateTime RecordedAt { get; set; }

    public int? Pain { get; set; }

    public string? Note { get; set; }
}
