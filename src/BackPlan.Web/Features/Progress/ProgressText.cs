using System.Globalization;
using BackPlan.Clinical.Progress;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.Progress;

/// <summary>
/// Words for the clinical core's progress codes and numbers: the measure's name
/// (<c>measure.{instrument}</c>), a score with its unit, and the summary sentence
/// (<c>progress.{verdict}</c>), in the reader's language.
/// </summary>
public static class ProgressText
{
    public static string Measure(IStringLocalizer l, ProgressSeries series) =>
        series.Label is { Length: > 0 } label ? l["measure.psfs", label] : l["measure." + series.Instrument];

    public static string Score(IStringLocalizer l, string instrument, decimal value)
    {
        var number = value.ToString("0.#", CultureInfo.CurrentCulture);
        return instrument switch
        {
            "odi" => l["{0} %", number],
            "rmdq" => l["{0} of 24", number],
            "pss4" => l["{0} of 16", number],
            "schober" or "fft" => l["{0} cm", number],
            _ => l["{0} of 10", number],
        };
    }

    public static string Summary(IStringLocalizer l, ProgressSeries series)
    {
        var s = series.Summary;
        var text = l["progress." + s.Verdict, Measure(l, series), Score(l, s.Instrument, s.Baseline), s.Latest is { } latest ? Score(l, s.Instrument, latest) : ""].Value;
        // One follow-up can be a good or bad day: say so whenever the verdict is a judgement.
        return s.SingleFollowUp && s.Verdict is ProgressVerdicts.ImportantImprovement or ProgressVerdicts.ImportantWorsening
            ? text + " " + l["This rests on one follow-up answer, and a single answer can vary from day to day."]
            : text;
    }

    /// <summary>Whether higher scores are better, for the words beside the chart.</summary>
    public static string Direction(IStringLocalizer l, string instrument) =>
        BackPlan.Clinical.Scoring.Instruments.Find(instrument)?.HigherIsBetter == true ? l["Higher is better."] : l["Lower is better."];
}
