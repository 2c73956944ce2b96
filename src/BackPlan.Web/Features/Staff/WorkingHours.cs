using BackPlan.Web.Platform.Tenancy;
using NodaTime;

namespace BackPlan.Web.Features.Staff;

/// <summary>
/// One recurring block of a practitioner's week, in the clinic's local time: e.g. Monday 08:00–14:00
/// at the city centre location. Several rows per day are allowed (a split shift).
/// </summary>
public sealed class WorkingHours : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid StaffMemberId { get; set; }

    public IsoDayOfWeek Day { get; set; }

    /// <summary>Local wall-clock time; on a 15-minute boundary, so slots line up with the slot claims.</summary>
    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public Guid LocationId { get; set; }

    public Appointments.WeeklyHours ToWeeklyHours() =>
        new(Day, LocalTime.FromTimeOnly(Start), LocalTime.FromTimeOnly(End), LocationId);
}
