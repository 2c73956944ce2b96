using BackPlan.Web.Platform.Tenancy;
using NodaTime;

namespace BackPlan.Web.Features.Locations;

/// <summary>
/// One open interval of a location's week in the location's own local time, e.g. Monday
/// 08:00–19:00. Several rows per day make a break; a day without rows is closed; a location
/// without any rows has no opening hours set and limits nothing (decision 0017).
/// </summary>
public sealed class LocationHours : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid LocationId { get; set; }

    public IsoDayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }

    public Appointments.WeeklyHours ToWeeklyHours() =>
        new(Day, LocalTime.FromTimeOnly(Opens), LocalTime.FromTimeOnly(Closes), LocationId);
}
