using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Instruments;

/// <summary>An admin's record that the clinic holds the licence for an instrument that needs one.</summary>
public sealed class InstrumentLicence : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string InstrumentCode { get; set; }

    public required string ConfirmedBy { get; set; }

    public DateTime ConfirmedAt { get; set; }

    /// <summary>e.g. the licence or agreement reference.</summary>
    public string? Note { get; set; }
}
