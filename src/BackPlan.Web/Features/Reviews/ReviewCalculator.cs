using BackPlan.Clinical.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Reviews;

/// <summary>Reads the episode's measures into the clinical core's review rule (plans.md "Review").</summary>
public static class ReviewCalculator
{
    public static async Task<(ReviewInput? Input, string? Problem)> InputAsync(BackPlanDb db, Episode episode, bool atPlannedEnd, CancellationToken ct = default)
    {
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.EpisodeId == episode.Id && (r.Instrument == "nprs" || r.Instrument == "odi" || r.Instrument == "rmdq"))
            .OrderBy(r => r.RecordedAt).ToListAsync(ct);
        var baselines = responses.Where(r => r.TimePoint == TimePoints.Baseline && r.Score is not null).ToList();
        var function = PlanReview.FunctionInstruments.FirstOrDefault(code => baselines.Any(b => b.Instrument == code));
        var nprsBaseline = baselines.FirstOrDefault(b => b.Instrument == "nprs");
        var functionBaseline = baselines.FirstOrDefault(b => b.Instrument == function);
        var nprsLatest = Latest(responses, "nprs", nprsBaseline);
        var functionLatest = Latest(responses, function, functionBaseline);
        if ((nprsBaseline is null || nprsLatest is null) && (functionBaseline is null || functionLatest is null))
        {
            return (null, "A review needs a baseline and a later score for pain (NPRS) or function (ODI or RMDQ).");
        }

        var reviews = await db.Reviews.AsNoTracking().Where(r => r.EpisodeId == episode.Id)
            .OrderByDescending(r => r.RecordedAt).ToListAsync(ct);
        var previousNonResponses = reviews.TakeWhile(r => r.Outcome == PlanReview.Revise).Count();
        var since = reviews.FirstOrDefault()?.RecordedAt ?? DateTime.MinValue;
        var screenings = await db.Screenings.AsNoTracking().Where(s => s.EpisodeId == episode.Id).OrderBy(s => s.RecordedAt).ToListAsync(ct);
        // The intake's own flags were dealt with before the plan; a review looks for flags reported since.
        var newRedFlag = screenings.Skip(1).Any(s => s.RecordedAt > since && s.Result.Rules.Count > 0);
        return (new ReviewInput(
            nprsBaseline?.Score, nprsLatest?.Score,
            function, functionBaseline?.Score, functionLatest?.Score,
            previousNonResponses, newRedFlag, atPlannedEnd), null);
    }

    private static QuestionnaireResponse? Latest(List<QuestionnaireResponse> responses, string? instrument, QuestionnaireResponse? baseline) =>
        baseline is null ? null : responses.LastOrDefault(r => r.Instrument == instrument && r.Score is not null && r.RecordedAt > baseline.RecordedAt);
}
