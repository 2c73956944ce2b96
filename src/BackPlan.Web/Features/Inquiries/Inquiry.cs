using BackPlan.Clinical.Screening;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Inquiries;

public enum InquiryStatus
{
    New,
    Contacted,
    Converted,
    Closed,
}

/// <summary>
/// A "create my tailored program" request from the public website. It stays as the record of the
/// first contact: once converted, <see cref="PatientId"/> links it to the patient, whose page shows
/// the answers.
/// </summary>
public sealed class Inquiry : IPersonalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PreferredContactTimes { get; set; }

    public required string Description { get; set; }

    /// <summary>How long the pain has lasted; null when the visitor was not sure.</summary>
    public DurationClass? Duration { get; set; }

    /// <summary>When the visitor ticked the consent to be contacted (required to send).</summary>
    public DateTime ContactConsentAt { get; set; }

    /// <summary>The self-check urgency (none or routine) when the visitor came from it.</summary>
    public string? SelfCheckUrgency { get; set; }

    /// <summary>Comma-separated red-flag codes behind a routine self-check result.</summary>
    public string? SelfCheckFlags { get; set; }

    /// <summary>The visitor's language (en, pl), so staff answer in it.</summary>
    public required string Language { get; set; }

    public InquiryStatus Status { get; set; } = InquiryStatus.New;

    public Guid? PatientId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<InquiryUpdate> Updates { get; } = [];
}
