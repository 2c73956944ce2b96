using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Clinics;

public sealed class Location : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public required string Name { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    /// <summary>The location's own phone for the public site; the clinic's phone when empty.</summary>
    public string? Phone { get; set; }

    /// <summary>False once taken out of use: kept (its appointments refer to it) but offers no slots.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Null means the clinic's zone.</summary>
    public string? TimeZoneId { get; set; }
}
