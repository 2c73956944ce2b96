using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.HomeProgram;

/// <summary>The patient marked an education topic of their program as read.</summary>
public sealed class TopicRead : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    /// <summary>Topic library code.</summary>
    public required string Topic { get; set; }

    public DateTime ReadAt { get; set; }
}
