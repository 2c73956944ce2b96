using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Waitlist;

public enum OfferStatus
{
    Open,
    Accepted,

    /// <summary>Someone else booked the slot first, or it was taken otherwise.</summary>
    Gone,

    /// <summary>The patient booked another offered slot, or left the waitlist.</summary>
    Withdrawn,

    /// <summary>Not accepted in time; the slot may then be passed on to the next in line.</summary>
    Expired,
}

/// <summary>
/// A freed slot offered to one waiting patient by an emailed link (a secret whose hash is kept
/// here). Several patients are offered the same slot; the booking decides who gets it.
/// </summary>
public sealed class WaitlistOffer : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EntryId { get; set; }

    /// <summary>The cancelled appointment that freed the slot; all offers of one slot share it.</summary>
    public Guid FreedAppointmentId { get; set; }

    public Guid PractitionerId { get; set; }

    public Guid? RoomId { get; set; }

    /// <summary>The kind of visit the patient waits for (it fits in the freed time).</summary>
    public Guid AppointmentTypeId { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    /// <summary>SHA-256 of the emailed link's secret.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>A concurrency token: two requests closing the same offer cannot both email the patient.</summary>
    public OfferStatus Status { get; set; } = OfferStatus.Open;

    public DateTime? ClosedAt { get; set; }

    public Guid? BookedAppointmentId { get; set; }

    public bool IsOpen(DateTime now) => Status == OfferStatus.Open && ExpiresAt > now;
}
