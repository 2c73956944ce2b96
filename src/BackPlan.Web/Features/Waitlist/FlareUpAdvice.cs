using BackPlan.Clinical.Content;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// What the patient reads after pressing "flare-up": the flare-up plan agreed in their approved
/// plan (null when the plan has none), their exercises' flare-up cautions, and always when to
/// seek urgent help.
/// </summary>
public sealed record FlareUpAdvice(Topic? Plan, IReadOnlyList<string> ExerciseCautions, Topic Urgent)
{
    public const string PlanTopic = "flare_up_plan";
    public const string UrgentTopic = "when_to_seek_help";
}
