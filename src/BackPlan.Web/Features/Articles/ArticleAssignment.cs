using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Articles;

/// <summary>An article a practitioner gave a patient to read; listed in the patient's portal.</summary>
public sealed class ArticleAssignment : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    public Guid ArticleId { get; set; }

    public DateTime AssignedAt { get; set; }

    public required string AssignedBy { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;
}
