using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Appointments;

/// <summary>Booking policy ("Booking" section); per-clinic settings can replace it later.</summary>
public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>A cancellation with less notice than this is recorded as late.</summary>
    [Range(0, 24 * 14)]
    public int LateCancellationNoticeHours { get; set; } = 24;

    /// <summary>The longest range one availability or appointment-list request may ask for.</summary>
    [Range(1, 366)]
    public int MaxRangeDays { get; set; } = 31;
}
