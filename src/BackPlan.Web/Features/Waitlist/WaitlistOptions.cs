using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>Slot offers ("Waitlist" section).</summary>
public sealed class WaitlistOptions
{
    public const string Section = "Waitlist";

    /// <summary>How many waiting patients are offered one freed slot at once.</summary>
    [Range(1, 50)]
    public int OffersPerSlot { get; set; } = 5;

    /// <summary>An offer's link works this long (and never after the slot has started).</summary>
    [Range(1, 72)]
    public int OfferHours { get; set; } = 2;

    /// <summary>The furthest ahead a patient may ask to wait for.</summary>
    [Range(7, 366)]
    public int MaxDaysAhead { get; set; } = 92;

    /// <summary>How often slots whose offers expired unaccepted are passed on to the next in line.</summary>
    public TimeSpan PassOnInterval { get; set; } = TimeSpan.FromMinutes(5);
}
