using System.Globalization;
using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Changes;

/// <summary>Compares a follow-up score with its baseline on the same instrument.</summary>
public static class ScoreChange
{
    /// <summary>
    /// Change, percent change and responder status. <paramref name="rule"/> overrides the
    /// default rule (a clinic may configure its own); the result names the rule used.
    /// For PSFS the caller must compare the same activities.
    /// </summary>
    public static Validated<ChangeResult> Compare(string instrument, decimal? baseline, decimal? followUp, ResponderRule? rule = null)
    {
        var errors = new ValidationErrors();
        var definition = Instruments.Find(instrument);
        if (definition is null)
        {
            errors.Add("instrument", $"unknown instrument: {instrument}");
            return errors.Invalid<ChangeResult>();
        }

        CheckScore("baseline", baseline, definition.Range, errors);
        CheckScore("followUp", followUp, definition.Range, errors);
        return errors.Any
            ? errors.Invalid<ChangeResult>()
            : Validated.Valid(Build(definition, baseline!.Value, followUp!.Value, rule ?? ResponderRules.For(definition.Code)));
    }

    private static void CheckScore(string field, decimal? score, ScoreRange range, ValidationErrors errors)
    {
        if (score is not { } value || !range.Contains(value))
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"must be a score from {range.Min} to {range.Max}"));
        }
    }

    private static ChangeResult Build(InstrumentDefinition definition, decimal baseline, decimal followUp, ResponderRule? rule)
    {
        var change = followUp - baseline;
        // No instrument scores finer than a ten-thousandth of a point, so a smaller baseline is zero for
        // percentages (and dividing by it could overflow decimal, as a property test found).
        decimal? percent = Math.Abs(baseline) < 0.0001m ? null : change / baseline * 100;
        if (rule is null)
        {
            return new ChangeResult(definition.Code, OneDecimal.Round(change), OneDecimal.Round(percent), true, null, null, ResponderRules.NoThreshold);
        }

        // Measure in the "better" direction; the thresholds compare unrounded values.
        var sign = definition.HigherIsBetter ? 1 : -1;
        var evaluable = baseline >= (rule.EvaluableFrom ?? decimal.MinValue) && baseline <= (rule.EvaluableUpTo ?? decimal.MaxValue);
        var responder = Meets(sign * change, sign * percent, rule.ImprovementPoints, rule.ImprovementPercent, rule.BothRequired);
        var deteriorated = Meets(-sign * change, -sign * percent, rule.DeteriorationPoints, rule.DeteriorationPercent, rule.BothRequired);
        return new ChangeResult(
            definition.Code,
            OneDecimal.Round(change),
            OneDecimal.Round(percent),
            evaluable,
            evaluable ? responder : null,
            // Deterioration is still judged below the evaluable baseline: the floor limits improvement, not worsening.
            deteriorated,
            rule.Text);
    }

    /// <summary>Whether a movement reaches the thresholds; null when a needed percentage is undefined (baseline 0).</summary>
    private static bool? Meets(decimal points, decimal? percent, decimal? pointsNeeded, decimal? percentNeeded, bool both)
    {
        bool? byPoints = pointsNeeded is { } p ? points >= p : null;
        bool? byPercent = percentNeeded is { } q ? (percent is { } pc ? pc >= q : null) : null;
        return (pointsNeeded, percentNeeded) switch
        {
            (null, null) => null,
            (not null, null) => byPoints,
            (null, not null) => byPercent,
            // Three-valued logic: false & unknown is false, true | unknown is true.
            _ => both ? byPoints & byPercent : byPoints | byPercent,
        };
    }
}
