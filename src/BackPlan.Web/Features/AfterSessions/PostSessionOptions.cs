using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.AfterSessions;

/// <summary>The check after each session ("PostSession" section).</summary>
public sealed class PostSessionOptions
{
    public const string Section = "PostSession";

    /// <summary>Hours after the appointment's end that the patient is asked.</summary>
    [Range(1, 24 * 14)]
    public int DelayHours { get; set; } = 24;

    /// <summary>How long the emailed link works.</summary>
    [Range(1, 60)]
    public int LinkValidDays { get; set; } = 7;

    /// <summary>Sessions that ended longer ago than this (plus the delay) are not asked about, e.g. when the feature is first switched on.</summary>
    [Range(1, 60)]
    public int LookBackDays { get; set; } = 3;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);
}
