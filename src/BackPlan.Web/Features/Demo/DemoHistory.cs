using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;

namespace BackPlan.Web.Features.Demo;

/// <summary>
/// Five weeks of a course that goes reasonably well, so the progress charts and the adherence
/// figures show something: home exercises done on most days (more often as the weeks go by, and
/// easier), one exercise that stirred the back up in week 2, weekly pain check-ins, and a review
/// with the full set a week ago. Deterministic: no random numbers, only the day.
/// </summary>
internal static class DemoHistory
{
    public static async Task SeedAsync(BackPlanDb db, Episode episode, PlanVersion program, DateTime now)
    {
        var clinicToday = DateOnly.FromDateTime(now);
        var exercises = HomeExercises.Exercises(program).Select(e => e.Exercise!).ToList();
        for (var daysAgo = DemoEpisode.StartedDaysAgo - 1; daysAgo >= 1; daysAgo--)
        {
            var week = (DemoEpisode.StartedDaysAgo - daysAgo) / 7; // 0 … 4
            for (var i = 0; i < exercises.Count; i++)
            {
                // A day skipped now and then: often at first, rarely by week 4.
                if ((daysAgo * 3 + i * 5) % 10 < 4 - week)
                {
                    continue;
                }

                var worse = daysAgo == 24 && i == 0;
                db.Add(new ExerciseLog
                {
                    PatientId = episode.PatientId,
                    EpisodeId = episode.Id,
                    PlanVersionId = program.Id,
                    Exercise = exercises[i],
                    Day = clinicToday.AddDays(-daysAgo),
                    Done = true,
                    Difficulty = Math.Max(2, 6 - week + (i % 2)),
                    Pain = worse ? 6 : Math.Max(1, 5 - week),
                    MadeWorse = worse,
                    Comment = worse ? "Sharp pain at the end of the movement, eased after an hour." : null,
                    RecordedAt = now.AddDays(-daysAgo),
                });
            }
        }

        db.Alerts.Add(new StaffAlert
        {
            PatientId = episode.PatientId,
            EpisodeId = episode.Id,
            Kind = AlertKinds.ExerciseWorse,
            Severity = AlertSeverity.Warning,
            Detail = "Home exercise: made it worse. \"Sharp pain at the end of the movement, eased after an hour.\"",
            Link = $"/patients/{episode.PatientId}/progress",
            CreatedAt = now.AddDays(-24),
            AcknowledgedAt = now.AddDays(-23),
            AcknowledgedBy = DemoEpisode.Therapist,
        });

        // Weekly pain check-ins before sessions, then the review set a week ago.
        foreach (var (daysAgo, pain) in new[] { (28, 6), (21, 5), (14, 4), (7, 3), (1, 3) })
        {
            DemoEpisode.Respond(db, episode, "nprs", new() { ["nprs.current"] = pain }, now.AddDays(-daysAgo), timePoint: TimePoints.PreSession);
        }

        var review = now.AddDays(-7);
        DemoEpisode.Respond(db, episode, "odi", Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", i => (object)(i is 4 or 5 ? 2 : 1)), now.AddDays(-21), timePoint: TimePoints.PreSession);
        DemoEpisode.Respond(db, episode, "odi", Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", i => (object)(i is 4 or 5 or 8 ? 2 : 1)), review, timePoint: TimePoints.Review);
        DemoEpisode.Respond(db, episode, "psfs", new() { ["psfs.1"] = 6, ["psfs.2"] = 5 }, review, new() { ["psfs.1"] = "lift my daughter", ["psfs.2"] = "sit through a work meeting" }, TimePoints.Review);
        DemoEpisode.Respond(db, episode, "sqs", new() { ["sqs.1"] = 7 }, review, timePoint: TimePoints.Review);
        DemoEpisode.Respond(db, episode, "pss4", new() { ["pss4.1"] = 1, ["pss4.2"] = 3, ["pss4.3"] = 3, ["pss4.4"] = 1 }, review, timePoint: TimePoints.Review);
        DemoEpisode.Respond(db, episode, "schober", new() { ["schober.increase_cm"] = 5.5m }, review, timePoint: TimePoints.Review);
        DemoEpisode.Respond(db, episode, "fft", new() { ["fft.distance_cm"] = 9 }, review, timePoint: TimePoints.Review);
        await db.SaveChangesAsync();
    }
}
