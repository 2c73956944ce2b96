using System.Linq.Expressions;
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

    /// <summary>The last time it was moved to another time, practitioner, room or type.</summary>
    public DateTime? RescheduledAt { get; set; }

    public string? RescheduledBy { get; set; }

    /// <summary>
    /// How often it has been moved: the iCalendar SEQUENCE of its invitations, so a patient's calendar
    /// app updates the event it already has instead of adding a second one (RFC 5546).
    /// </summary>
    public int Sequence { get; set; }

    public List<SlotClaim> Claims { get; } = [];

    /// <summary>
    /// No appointment lasts longer than this (a type is at most <see cref="AppointmentType.MaxMinutes"/>
    /// minutes). It bounds <see cref="StartUtc"/> from below in overlap queries, so they read one index
    /// range instead of every earlier appointment (docs/performance.md, "Calendar and booking").
    /// </summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>Appointments that overlap [<paramref name="from"/>, <paramref name="to"/>), whatever their status.</summary>
    public static Expression<Func<Appointment, bool>> Overlapping(DateTime from, DateTime to)
    {
        var earliestStart = from - Longest;
        return a => a.StartUtc < to && a.StartUtc > earliestStart && a.EndUtc > from;
    }

    /// <summary>Claims every 15-minute slot of the practitioner and of the room (if any).</summary>
    public void ClaimSlots() => Claims.AddRange(WantedClaims());

    /// <summary>
    /// Moves a booked appointment and brings its claims along: claims it still needs stay (their keys
    /// are unchanged), the others are returned for the caller to delete in the same save, and the new
    /// ones are added, so the claim key decides a clash exactly as it does for a new booking.
    /// </summary>
    public List<SlotClaim> MoveTo(Guid practitionerId, Guid? roomId, Guid typeId, DateTime startUtc, DateTime endUtc, DateTime now, string by)
    {
        (PractitionerId, RoomId, AppointmentTypeId, StartUtc, EndUtc) = (practitionerId, roomId, typeId, startUtc, endUtc);
        RescheduledAt = now;
        RescheduledBy = by;
        Sequence++;
        var wanted = WantedClaims().ToList();
        var released = Claims.Where(c => !wanted.Any(w => SameSlot(w, c))).ToList();
        Claims.RemoveAll(released.Contains);
        Claims.AddRange(wanted.Where(w => !Claims.Any(c => SameSlot(w, c))));
        return released;
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

    private static bool SameSlot(SlotClaim a, SlotClaim b) => a.ResourceId == b.ResourceId && a.StartUtc == b.StartUtc;

    private IEnumerable<SlotClaim> WantedClaims()
    {
        for (var slot = StartUtc; slot < EndUtc; slot = slot.AddMinutes(SlotClaim.Minutes))
        {
            yield return new SlotClaim { ClinicId = ClinicId, ResourceId = PractitionerId, StartUtc = slot, AppointmentId = Id, Resource = SlotResource.Practitioner };
            if (RoomId is { } room)
            {
                yield return new SlotClaim { ClinicId = ClinicId, ResourceId = room, StartUtc = slot, AppointmentId = Id, Resource = SlotResource.Room };
            }
        }
    }
}
