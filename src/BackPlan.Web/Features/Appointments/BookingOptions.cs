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

    /// <summary>How many weeks ahead patients may book their own sessions in the portal (within their plan's weeks).</summary>
    [Range(1, 26)]
    public int PortalWeeksAhead { get; set; } = 4;

    /// <summary>Whether cancelling at <paramref name="nowUtc"/> gives less notice than the policy asks for.</summary>
    public bool IsLateCancellation(DateTime startUtc, DateTime nowUtc) => startUtc - nowUtc < TimeSpan.FromHours(LateCancellationNoticeHours);
}
