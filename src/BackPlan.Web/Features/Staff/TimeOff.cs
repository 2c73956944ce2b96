using BackPlan.Web.Platform.Tenancy;
using NodaTime;

namespace BackPlan.Web.Features.Staff;

/// <summary>
/// A one-off absence of a practitioner, in the clinic's local wall-clock time (kept local, so
/// "off all of 29 March" stays that day even if the zone's rules change before then).
/// </summary>
public sealed class TimeOff : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>Local date and time (kind Unspecified), stored as sortable ISO text.</summary>
    public DateTime Start { get; set; }

    public DateTime End { get; set; }

    public string? Reason { get; set; }

    public Appointments.LocalPeriod ToLocalPeriod() =>
        new(LocalDateTime.FromDateTime(Start), LocalDateTime.FromDateTime(End));
}
