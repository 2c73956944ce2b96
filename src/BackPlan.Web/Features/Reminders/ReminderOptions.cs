using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Reminders;

/// <summary>Appointment reminders ("Reminders" section).</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Used when <see cref="Offsets"/> is empty: 48 hours and 2 hours before the start.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultOffsets = [TimeSpan.FromHours(48), TimeSpan.FromHours(2)];

    /// <summary>
    /// How long before the start each reminder goes out, e.g. "2.00:00:00" and "02:00:00". Left
    /// empty here because the configuration binder appends to a list instead of replacing it.
    /// </summary>
    public List<TimeSpan> Offsets { get; set; } = [];

    /// <summary>Turns reminders off while keeping confirmations and cancellations.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 3650)]
    public int FeedPastDays { get; set; } = 30;

    [Range(1, 3650)]
    public int FeedFutureDays { get; set; } = 180;

    public IReadOnlyList<TimeSpan> EffectiveOffsets => !Enabled ? [] : Offsets.Count > 0 ? Offsets : DefaultOffsets;
}
