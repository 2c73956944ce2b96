using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Locations;

/// <summary>A whole local day on which a location is closed whatever its weekly hours say (a public holiday).</summary>
public sealed class LocationClosure : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid LocationId { get; set; }

    public DateOnly Date { get; set; }

    public string? Reason { get; set; }
}
