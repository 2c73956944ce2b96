using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Progress;

/// <summary>
/// One measure of the patient's latest episode over time, as <c>GET /api/v1/me/progress</c> gives it:
/// the local <see cref="Dates"/> and their <see cref="Scores"/> (same order), the baseline, the score
/// a clinically important improvement must reach (<see cref="Threshold"/>, null where none is
/// published or the baseline cannot show one) and whether the latest score makes the patient a
/// responder (null until there is a follow-up that can be judged).
/// </summary>
public sealed record MySeriesDto(
    string Key,
    string Instrument,
    string? Label,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<decimal> Scores,
    decimal Baseline,
    decimal? Latest,
    decimal? Threshold,
    bool? Responder,
    bool? Deteriorated,
    string Verdict,
    int FollowUps)
{
    public static MySeriesDto Of(ProgressSeries series)
    {
        var summary = series.Summary;
        return new(
            series.Key, series.Instrument, series.Label,
            [.. series.Points.Select(p => p.Day)], [.. series.Points.Select(p => p.Score)],
            summary.Baseline, summary.Latest, summary.Threshold,
            summary.Change is { Evaluable: true } change ? change.Responder : null,
            summary.Change?.Deteriorated, summary.Verdict, summary.FollowUps);
    }
}

/// <summary>The episode the series belong to (null before the first one) and its series, in the progress page's order.</summary>
public sealed record MyProgressDto(Guid? EpisodeId, IReadOnlyList<MySeriesDto> Series);

/// <summary><c>GET /api/v1/me/progress</c>: the signed-in patient's own progress page as JSON. Staff get 403.</summary>
public static class MyProgressApi
{
    public static void MapMyProgressApi(this IEndpointRouteBuilder app) =>
        app.MapMine("progress", Get, "patient.progress")
            .WithSummary("Your progress: per measure of your latest episode, the dates and scores, the baseline, the clinically important threshold and whether you are a responder.");

    private static async Task<MyProgressDto> Get(ProgressReader reader, CurrentUser user, CancellationToken ct)
    {
        if (await reader.LatestEpisodeAsync(user.PatientId ?? Guid.Empty, ct) is not { } episode)
        {
            return new(null, []);
        }

        var series = await reader.SeriesAsync(episode.Id, ct);
        return new(episode.Id, [.. series.Select(MySeriesDto.Of)]);
    }
}
