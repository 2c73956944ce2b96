using BackPlan.Clinical;
using BackPlan.Clinical.HomeProgram;
using BackPlan.Clinical.Progress;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Progress;

/// <summary>
/// The series a progress page shows, read from the stored responses and examinations of the
/// patient's latest episode (baselines belong to an episode): pain, function, each PSFS activity,
/// sleep, stress and range of motion. The query filters keep a patient to their own records.
/// </summary>
public sealed class ProgressReader(BackPlanDb db, ClinicClock clock)
{
    /// <summary>The order measures are shown in.</summary>
    public static IReadOnlyList<string> Measures { get; } = ["nprs", "odi", "rmdq", "psfs", "sqs", "pss4", "schober", "fft"];

    public Task<Episode?> LatestEpisodeAsync(Guid patientId, CancellationToken ct = default) =>
        db.Episodes.AsNoTracking().Where(e => e.PatientId == patientId).OrderByDescending(e => e.StartedOn).ThenByDescending(e => e.CreatedAt).FirstOrDefaultAsync(ct);

    public async Task<List<ProgressSeries>> SeriesAsync(Guid episodeId, CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.EpisodeId == episodeId && r.Score != null && Measures.Contains(r.Instrument))
            .OrderBy(r => r.RecordedAt).ToListAsync(ct);
        var examination = await db.Examinations.AsNoTracking().FirstOrDefaultAsync(e => e.EpisodeId == episodeId, ct);

        var points = responses.Where(r => r.Instrument != "psfs")
            .Select(r => (r.Instrument, Point: new ProgressPoint(LocalDay.Of(r.RecordedAt, zone), r.Score!.Value), r.RecordedAt))
            .ToList();
        // The examination's range of motion is the baseline of its measures; later measurements come as responses.
        if (examination is not null)
        {
            var day = LocalDay.Of(examination.RecordedAt, zone);
            if (examination.SchoberCm is { } schober)
            {
                points.Add(("schober", new ProgressPoint(day, schober), examination.RecordedAt));
            }

            if (examination.FingertipFloorCm is { } fft)
            {
                points.Add(("fft", new ProgressPoint(day, fft), examination.RecordedAt));
            }
        }

        var series = points.GroupBy(p => p.Instrument)
            .Select(g => Series(g.Key, g.Key, null, g.OrderBy(p => p.RecordedAt).Select(p => p.Point).ToList()))
            .ToList();
        series.AddRange(PsfsActivities(responses.Where(r => r.Instrument == "psfs").ToList(), zone));
        return [.. series.OrderBy(s => Order(s.Instrument)).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>One series per PSFS activity, matched by its item code and named by its label at baseline.</summary>
    private static IEnumerable<ProgressSeries> PsfsActivities(List<Questionnaires.QuestionnaireResponse> responses, NodaTime.DateTimeZone zone)
    {
        var items = responses.SelectMany(r => r.Answers.Where(a => a.Value is Answer.Number).Select(a => a.Key)).Distinct().Order(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var points = responses
                .Where(r => r.Answers.GetValueOrDefault(item) is Answer.Number)
                .Select(r => new ProgressPoint(LocalDay.Of(r.RecordedAt, zone), ((Answer.Number)r.Answers[item]!).Value))
                .ToList();
            var label = responses.Select(r => r.Labels.GetValueOrDefault(item)).FirstOrDefault(l => !string.IsNullOrEmpty(l));
            yield return Series(item, "psfs", label, points);
        }
    }

    private static ProgressSeries Series(string key, string instrument, string? label, List<ProgressPoint> points) =>
        new(key, instrument, label, points, ProgressSummaries.Summarise(instrument, points.Select(p => p.Score).ToList()));

    private static int Order(string instrument) => Measures.ToList().IndexOf(instrument);
}
