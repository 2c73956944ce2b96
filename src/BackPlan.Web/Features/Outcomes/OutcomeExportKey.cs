using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// A clinic's secret for de-identified exports: pseudonyms and per-patient date shifts are keyed
/// hashes of it, so they stay the same from one export to the next yet cannot be reversed or
/// recomputed outside the clinic. Created on the first export.
/// </summary>
public sealed class OutcomeExportKey : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required byte[] Secret { get; set; }

    public DateTime CreatedAt { get; set; }
}
