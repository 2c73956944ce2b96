using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>A status change of an inquiry by a staff member, with their note (e.g. "called, no answer").</summary>
public sealed class InquiryUpdate : IClinicOwned
{
    public const int NoteMax = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid InquiryId { get; set; }

    public InquiryStatus Status { get; set; }

    public string? Note { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }
}
