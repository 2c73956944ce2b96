using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Clinics;

/// <summary>A treatment room at one location; an appointment may hold one, and a room is never double booked.</summary>
public sealed class Room : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid LocationId { get; set; }

    public required string Name { get; set; }

    public bool Active { get; set; } = true;
}
