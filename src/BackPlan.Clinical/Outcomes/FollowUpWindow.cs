namespace BackPlan.Clinical.Outcomes;

/// <summary>
/// Which measure counts as "at about 4 weeks": the one nearest <see cref="TargetDay"/> days after
/// the baseline, among those taken from <see cref="FromDay"/> to <see cref="ToDay"/> days after it
/// (both ends included). Outside the window an episode has no 4-week measure.
/// </summary>
public sealed record FollowUpWindow(int FromDay = 21, int TargetDay = 28, int ToDay = 42)
{
    public static FollowUpWindow Default { get; } = new();

    public bool Contains(int day) => day >= FromDay && day <= ToDay;
}
