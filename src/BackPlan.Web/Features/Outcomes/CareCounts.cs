using BackPlan.Clinical.HomeProgram;
using BackPlan.Clinical.Sessions;
using AdherenceMaths = BackPlan.Clinical.HomeProgram.Adherence;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Between-visit care of an episode as its outcome record keeps it: home-exercise adherence 0–1
/// (null without prescribed exercise), adverse events recorded (0 is a real zero: clinicians record
/// them), and post-session checks with strong soreness (null when the patient answered no check).
/// </summary>
public sealed record CareCounts(double? Adherence, int AdverseEvents, int? SorenessReports)
{
    public static readonly CareCounts None = new(null, 0, null);

    /// <summary>
    /// From the episode's data, already attributed to it: adherence over the whole episode (its start
    /// to its end, or to today while open) by the home program's own <c>Adherence</c>
    /// maths; soreness reports are answered checks at or above the alert line.
    /// </summary>
    public static CareCounts Of(
        DateOnly startedOn, DateOnly? endedOn, DateOnly today,
        IReadOnlyList<Prescription> prescriptions, IReadOnlyList<DoneDay> done,
        int adverseEvents, IReadOnlyList<int> answeredSoreness)
    {
        var end = endedOn ?? today;
        var days = end.DayNumber - startedOn.DayNumber + 1;
        var percent = days < 1 || prescriptions.Count == 0 ? null : AdherenceMaths.Over(days, end, prescriptions, done, todayIsOver: endedOn is not null).Percent;
        return new CareCounts(
            percent is { } p ? (double)(p / 100m) : null,
            adverseEvents,
            answeredSoreness.Count == 0 ? null : answeredSoreness.Count(PostSessionCheckRule.SorenessAlerts));
    }
}
