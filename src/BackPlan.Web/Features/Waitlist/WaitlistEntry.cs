using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Waitlist;

public enum WaitlistStatus
{
    Waiting,
    Offered,
    Booked,
    Left,
    Expired,
}

/// <summary>
/// A patient waiting for an earlier visit: with whom (or anyone), which kind of visit, between
/// which local dates and at which times of day. Flare-ups are offered slots before everyone else.
/// </summary>
public sealed class WaitlistEntry : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid? EpisodeId { get; set; }

    /// <summary>The wanted practitioner's <see cref="Staff.StaffMember"/> id; null: any practitioner.</summary>
    public Guid? PractitionerId { get; set; }

    public Guid AppointmentTypeId { get; set; }

    public DateOnly Earliest { get; set; }

    public DateOnly Latest { get; set; }

    public TimesOfDay Times { get; set; }

    public WaitlistPriority Priority { get; set; } = WaitlistPriority.Normal;

    public WaitlistStatus Status { get; set; } = WaitlistStatus.Waiting;

    public DateTime JoinedAt { get; set; }

    public required string JoinedBy { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Waiting or holding an offer: slots can still be offered.</summary>
    public bool IsActive => Status is WaitlistStatus.Waiting or WaitlistStatus.Offered;

    public WaitlistWish Wish(int minutes) => new(PractitionerId, minutes, Earliest, Latest, Times);

    public WaitlistPlace Place => new(Priority, JoinedAt);
}
