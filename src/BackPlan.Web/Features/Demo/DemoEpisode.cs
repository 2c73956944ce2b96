using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Screening;

namespace BackPlan.Web.Features.Demo;

/// <summary>
/// One demo patient's episode carried through the loop (intake, examination, approved program),
/// so the demo shows every page with real data. Everything is computed by the clinical core.
/// </summary>
internal static class DemoEpisode
{
    public const string Therapist = "Tomasz Terapeuta";

    /// <summary>Five weeks ago: long enough for the progress charts to show a course.</summary>
    public const int StartedDaysAgo = 35;

    public static async Task SeedAsync(BackPlanDb db, Patient patient, DateOnly today, DateTime now)
    {
        var episode = new Episode
        {
            PatientId = patient.Id,
            OnsetDate = today.AddDays(-66),
            StartedOn = today.AddDays(-StartedDaysAgo),
            PreviousEpisodes = 2,
            WorkAndActivities = "Accountant, sits most of the day; plays with two young children; gardening at weekends.",
            CreatedAt = now.AddDays(-StartedDaysAgo),
            CreatedBy = Therapist,
        };
        db.Episodes.Add(episode);
        var at = now.AddDays(-StartedDaysAgo);
        Respond(db, episode, "nprs", new() { ["nprs.current"] = 6, ["nprs.average"] = 5, ["nprs.worst"] = 8 }, at);
        Respond(db, episode, "odi", Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", i => (object)(i is 4 or 5 ? 3 : 2)), at);
        Respond(db, episode, "sbst", new() { ["sbst.1"] = true, ["sbst.2"] = false, ["sbst.3"] = true, ["sbst.4"] = true, ["sbst.5"] = false, ["sbst.6"] = false, ["sbst.7"] = false, ["sbst.8"] = true, ["sbst.9"] = 2 }, at);
        Respond(db, episode, "psfs", new() { ["psfs.1"] = 3, ["psfs.2"] = 4 }, at, new() { ["psfs.1"] = "lift my daughter", ["psfs.2"] = "sit through a work meeting" });
        Respond(db, episode, "sqs", new() { ["sqs.1"] = 5 }, at);
        Respond(db, episode, "pss4", new() { ["pss4.1"] = 2, ["pss4.2"] = 2, ["pss4.3"] = 3, ["pss4.4"] = 1 }, at);
        var screening = new ScreeningInput(patient.AgeOn(today) is var age and >= 16 and <= 120 ? age : null, new Dictionary<string, Answer?>());
        db.Screenings.Add(new ScreeningRecord
        {
            PatientId = patient.Id,
            EpisodeId = episode.Id,
            Age = screening.Age,
            Result = Screener.Evaluate(screening).Result!,
            RecordedAt = at,
            RecordedBy = Therapist,
        });
        List<ExaminationFinding> findings =
        [
            new("restricted_glide", "quadratus_lumborum", "left", 2),
            new("hypertonicity", "lumbar_paraspinals", "bilateral", 2),
            new("low_endurance", null, null, 2),
            new("sedentary_work", null, null, 2),
        ];
        db.Examinations.Add(new Examination
        {
            PatientId = patient.Id,
            EpisodeId = episode.Id,
            Findings = findings,
            SchoberCm = 4.0m,
            FingertipFloorCm = 18,
            PostureObservations = "Sits slumped; lumbar lordosis reduced in sitting.",
            StraightLegRaiseLeft = false,
            StraightLegRaiseRight = false,
            RecordedAt = at,
            RecordedBy = Therapist,
        });

        var goals = new List<PlanGoal?> { new("psfs.1", "lift my daughter"), new("psfs.2", "sit through a work meeting") };
        var plan = PlanRecommender.Recommend(new PlanRequest(episode.OnsetDate, episode.StartedOn, "medium", screening,
            findings.Select(f => (PlanFinding?)f.ToPlanFinding()).ToList(), goals)).Result!;
        var approved = new PlanVersion
        {
            PatientId = patient.Id,
            EpisodeId = episode.Id,
            Number = 1,
            Status = PlanStatus.Approved,
            Schedule = plan.Schedule,
            ReviewAfterSession = plan.ReviewAfterSession,
            Elements = [.. plan.Elements],
            Warnings = [.. plan.Warnings],
            PatientGoals = "Lift my daughter without fear.\nSit through a one-hour meeting without getting up.",
            Origin = "recommendation",
            CreatedAt = at,
            CreatedBy = Therapist,
            ApprovedAt = at,
            ApprovedBy = Therapist,
        };
        db.PlanVersions.Add(approved);
        episode.Status = EpisodeStatus.Active;
        await db.SaveChangesAsync();
        await DemoSessions.SeedAsync(db, episode, approved, today);
        await DemoHistory.SeedAsync(db, episode, approved, now);
        await DemoWaitlist.SeedAsync(db, episode, now);
    }

    internal static void Respond(BackPlanDb db, Episode episode, string code, Dictionary<string, object> values, DateTime at, Dictionary<string, string>? labels = null, string timePoint = TimePoints.Baseline)
    {
        var answers = values.ToDictionary(v => v.Key, v => (Answer?)(v.Value switch
        {
            bool b => new Answer.Boolean(b),
            var n => new Answer.Number(Convert.ToDecimal(n, System.Globalization.CultureInfo.InvariantCulture)),
        }));
        var response = new InstrumentResponse(answers, labels);
        db.QuestionnaireResponses.Add(QuestionnaireResponse.From(Scorer.Score(code, response).Result!, response, episode.PatientId, episode.Id, timePoint, Therapist, at));
    }
}
