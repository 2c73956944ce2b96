using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Progress;

/// <summary>
/// A measure's progress in numbers: the baseline, the latest score, the score that would be a
/// clinically important improvement (null where none is published or the baseline cannot show
/// one), the verdict code (<see cref="ProgressVerdicts"/>) and whether it rests on a single
/// follow-up (one reading can vary from day to day, so pages say so).
/// </summary>
public sealed record ProgressSummary(
    string Instrument,
    decimal Baseline,
    decimal? Latest,
    decimal? Threshold,
    string Verdict,
    int FollowUps,
    ChangeResult? Change)
{
    public bool SingleFollowUp => FollowUps == 1;
}

/// <summary>
/// Plain-language progress, decided here and worded by the pages: the first score is the baseline,
/// the last one is compared with it by <see cref="ScoreChange"/> under the instrument's responder
/// rule (instruments.md). PSFS activities are compared one by one with the PSFS rule.
/// </summary>
public static class ProgressSummaries
{
    public static ProgressSummary Summarise(string instrument, IReadOnlyList<decimal> scores, ResponderRule? rule = null)
    {
        var definition = Instruments.Find(instrument) ?? throw new ArgumentException($"unknown instrument: {instrument}", nameof(instrument));
        if (scores.Count == 0)
        {
            throw new ArgumentException("a series needs at least its baseline", nameof(scores));
        }

        rule ??= ResponderRules.For(instrument);
        var baseline = scores[0];
        var threshold = ImprovementThreshold(definition, baseline, rule);
        if (scores.Count == 1)
        {
            return new(instrument, baseline, null, threshold, ProgressVerdicts.OnlyBaseline, 0, null);
        }

        var latest = scores[^1];
        var change = ScoreChange.Compare(instrument, baseline, latest, rule).Result
            ?? throw new ArgumentException("scores must lie in the instrument's range", nameof(scores));
        var verdict = change switch
        {
            { Deteriorated: true } => ProgressVerdicts.ImportantWorsening,
            _ when rule is null => ProgressVerdicts.NoThreshold,
            { Evaluable: false } => ProgressVerdicts.NotEvaluable,
            { Responder: true } => ProgressVerdicts.ImportantImprovement,
            _ => ProgressVerdicts.NotYetImportant,
        };
        return new(instrument, baseline, latest, threshold, verdict, scores.Count - 1, change);
    }

    /// <summary>
    /// The score a follow-up must reach to count as a clinically important improvement: the
    /// baseline moved in the "better" direction by the points, the percentage, the larger of both
    /// ("and", NPRS) or the smaller ("or", ODI, RMDQ), kept inside the scale.
    /// </summary>
    public static decimal? ImprovementThreshold(InstrumentDefinition definition, decimal baseline, ResponderRule? rule)
    {
        if (rule is null || baseline < (rule.EvaluableFrom ?? decimal.MinValue) || baseline > (rule.EvaluableUpTo ?? decimal.MaxValue))
        {
            return null;
        }

        decimal? byPercent = rule.ImprovementPercent is { } percent && baseline != 0 ? Math.Abs(baseline) * percent / 100 : null;
        var needed = (rule.ImprovementPoints, byPercent) switch
        {
            (null, null) => (decimal?)null,
            ({ } p, null) => rule.ImprovementPercent is null || !rule.BothRequired ? p : null,
            (null, { } q) => q,
            ({ } p, { } q) => rule.BothRequired ? Math.Max(p, q) : Math.Min(p, q),
        };
        if (needed is not { } n)
        {
            return null;
        }

        var target = definition.HigherIsBetter ? baseline + n : baseline - n;
        return OneDecimal.Round(Math.Clamp(target, definition.Range.Min, definition.Range.Max));
    }
}
