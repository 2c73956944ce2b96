using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Appointments;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
    NoShow,
    Attended,
}

/// <summary>
/// A booked visit of one patient with one practitioner (and optionally a room). While it holds its
/// time it owns one <see cref="SlotClaim"/> per 15 minutes per resource; the claims' primary key is
/// what makes a double booking impossible (docs/decisions/0006-no-double-booking.md).
/// </summary>
public sealed class Appointment : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    /// <summary>The practitioner's <see cref="Staff.StaffMember"/> id.</summary>
    public Guid PractitionerId { get; set; }

    public Guid? RoomId { get; set; }

    public Guid AppointmentTypeId { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    public AppointmentStatus Status { get; set; } = AppointmentStatus.Booked;

    public string? CancellationReason { get; set; }

    /// <summary>Cancelled with less notice than the clinic's policy asks for.</summary>
    public bool LateCancellation { get; set; }

    public DateTime? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<SlotClaim> Claims { get; } = [];

    /// <summary>Claims every 15-minute slot of the practitioner and of the room (if any).</summary>
    public void ClaimSlots()
    {
        for (var slot = StartUtc; slot < EndUtc; slot = slot.AddMinutes(SlotClaim.Minutes))
        {
            Claims.Add(new SlotClaim { ClinicId = ClinicId, ResourceId = PractitionerId, StartUtc = slot, AppointmentId = Id, Resource = SlotResource.Practitioner });
            if (RoomId is { } room)
            {
                Claims.Add(new SlotClaim { ClinicId = ClinicId, ResourceId = room, StartUtc = slot, AppointmentId = Id, Resource = SlotResource.Room });
            }
        }
    }

    /// <summary>Only a booked appointment can be cancelled; the caller releases the claims in the same save.</summary>
    public bool TryCancel(string reason, bool late, DateTime now, string by)
    {
        if (Status != AppointmentStatus.Booked)
        {
            return false;
        }

        Status = AppointmentStatus.Cancelled;
        CancellationReason = reason;
        LateCancellation = late;
        CancelledAt = now;
        CancelledBy = by;
        return true;
    }
}
