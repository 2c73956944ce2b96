using System.ComponentModel.DataAnnotations;
using BackPlan.Clinical.Outcomes;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Outcome reporting ("Outcomes" section): the 4-week follow-up window in days after the baseline, and how
/// often the background looks for clinics whose every month of aggregates waits for a rebuild.
/// </summary>
public sealed class OutcomeOptions
{
    public const string Section = "Outcomes";

    [Range(0, 365)]
    public int FollowUpFromDay { get; set; } = 21;

    [Range(0, 365)]
    public int FollowUpTargetDay { get; set; } = 28;

    [Range(0, 365)]
    public int FollowUpToDay { get; set; } = 42;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RebuildPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public FollowUpWindow Window => new(FollowUpFromDay, FollowUpTargetDay, FollowUpToDay);
}
