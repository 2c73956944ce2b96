using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Clinics;

public sealed class Location : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string Name { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>Null means the clinic's zone.</summary>
    public string? TimeZoneId { get; set; }
}
