using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Appointments;

public enum SlotResource
{
    Practitioner,
    Room,
}

/// <summary>
/// "This practitioner (or room) is taken from <see cref="StartUtc"/> for 15 minutes." The primary
/// key (clinic, resource, start) lets the database refuse a second claim, on SQLite and PostgreSQL
/// alike, however many requests race for the slot. Deleted when the appointment is cancelled.
/// </summary>
public sealed class SlotClaim : IClinicOwned
{
    public const int Minutes = 15;

    public Guid ClinicId { get; set; }

    /// <summary>A staff member's id or a room's id (GUIDs, so the two never collide).</summary>
    public Guid ResourceId { get; set; }

    public DateTime StartUtc { get; set; }

    public SlotResource Resource { get; set; }

    public Guid AppointmentId { get; set; }
}
