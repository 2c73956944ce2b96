using BackPlan.Clinical.Changes;

namespace BackPlan.Clinical.Outcomes;

/// <summary>
/// An episode's outcome from its scored questionnaires: per instrument, the baseline, the measure
/// nearest 4 weeks within the follow-up window, the last review and the discharge measure, each
/// compared with the baseline by <see cref="ScoreChange"/> (the instruments.md responder rules).
/// </summary>
public static class EpisodeOutcome
{
    // The time points of a questionnaire response (the web app's TimePoints use the same codes).
    public const string Baseline = "baseline";
    public const string Review = "review";
    public const string Discharge = "discharge";

    /// <param name="measures">The episode's measures, oldest recorded first (a later one on the same day wins).</param>
    /// <param name="window">Which days count as 4 weeks; 21–42 with 28 the target by default.</param>
    /// <param name="rules">A clinic's own responder rules by instrument; the defaults otherwise.</param>
    public static EpisodeOutcomeResult Compute(IEnumerable<OutcomeMeasure> measures, FollowUpWindow? window = null, IReadOnlyDictionary<string, ResponderRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(measures);
        window ??= FollowUpWindow.Default;
        var byInstrument = new Dictionary<string, InstrumentOutcome>(StringComparer.Ordinal);
        foreach (var group in measures.Select((m, i) => (Measure: m, Index: i)).GroupBy(m => m.Measure.Instrument, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var baseline = list.Where(m => m.Measure.TimePoint == Baseline).OrderBy(m => m.Measure.On).ThenBy(m => m.Index).Select(m => m.Measure).FirstOrDefault();
            if (baseline is null)
            {
                continue; // no baseline, nothing to compare with
            }

            var rule = rules?.GetValueOrDefault(group.Key);
            var followUps = list.Where(m => !ReferenceEquals(m.Measure, baseline) && m.Measure.On >= baseline.On).ToList();
            var fourWeeks = followUps
                .Select(m => (m.Measure, m.Index, Day: m.Measure.On.DayNumber - baseline.On.DayNumber))
                .Where(m => window.Contains(m.Day))
                .OrderBy(m => Math.Abs(m.Day - window.TargetDay)).ThenBy(m => m.Day).ThenByDescending(m => m.Index)
                .Select(m => m.Measure).FirstOrDefault();
            var review = Last(followUps, Review);
            var discharge = Last(followUps, Discharge);
            byInstrument[group.Key] = new InstrumentOutcome(
                group.Key,
                Dated(baseline)!,
                Dated(fourWeeks),
                Dated(review),
                Dated(discharge),
                Change(baseline, fourWeeks, rule),
                Change(baseline, review, rule),
                Change(baseline, discharge, rule));
        }

        var pain = byInstrument.GetValueOrDefault("nprs");
        var rmdq = byInstrument.GetValueOrDefault("rmdq");
        return new EpisodeOutcomeResult(
            byInstrument,
            PainFree(pain?.FourWeeks),
            PainFree(pain?.Discharge),
            Recovered(pain?.FourWeeks, rmdq?.FourWeeks),
            Recovered(pain?.Discharge, rmdq?.Discharge));
    }

    private static OutcomeMeasure? Last(List<(OutcomeMeasure Measure, int Index)> measures, string timePoint) =>
        measures.Where(m => m.Measure.TimePoint == timePoint).OrderBy(m => m.Measure.On).ThenBy(m => m.Index).Select(m => m.Measure).LastOrDefault();

    private static DatedScore? Dated(OutcomeMeasure? measure) => measure is null ? null : new DatedScore(measure.On, measure.Score);

    /// <summary>A score outside the instrument's range (it cannot come from the scorer) gives no change rather than a wrong one.</summary>
    private static ChangeResult? Change(OutcomeMeasure baseline, OutcomeMeasure? followUp, ResponderRule? rule) =>
        followUp is null ? null : ScoreChange.Compare(baseline.Instrument, baseline.Score, followUp.Score, rule).Result;

    private static bool? PainFree(DatedScore? nprs) => nprs is null ? null : Recovery.IsPainFree(nprs.Score);

    private static bool? Recovered(DatedScore? nprs, DatedScore? rmdq) =>
        nprs is null || rmdq is null ? null : Recovery.IsRecovered(nprs.Score, rmdq.Score);
}
