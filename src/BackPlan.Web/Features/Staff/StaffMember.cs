using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Staff;

/// <summary>A clinic's staff member with their professional credentials.</summary>
public sealed class StaffMember : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string UserId { get; set; }

    public required string FullName { get; set; }

    public required string Email { get; set; }

    public required string Role { get; set; }

    /// <summary>e.g. massage therapist, physiotherapist, chiropractor.</summary>
    public string? Profession { get; set; }

    public string? LicenceNumber { get; set; }

    public string? IssuingBody { get; set; }

    public DateOnly? LicenceExpiresOn { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Degrees and courses shown on the public website, e.g. "MSc Physiotherapy; ART certified".</summary>
    public string? Qualifications { get; set; }

    /// <summary>A short introduction for the public website.</summary>
    public string? PublicBio { get; set; }

    public LicenceStatus LicenceStatusOn(DateOnly today) => Licence.StatusOn(LicenceExpiresOn, today);
}
