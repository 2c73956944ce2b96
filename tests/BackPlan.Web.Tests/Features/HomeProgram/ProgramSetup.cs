using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.HomeProgram;

/// <summary>Stored records for the home program and progress tests, written straight to the database.</summary>
internal static class ProgramSetup
{
    public const string PelvicTilt = "pelvic_tilt";
    public const string BirdDog = "bird_dog";
    public const string Topic = "stay_active";

    /// <summary>An active episode with an approved program of two daily exercises and one topic, approved <paramref name="daysAgo"/> days ago.</summary>
    public static Task<(Guid EpisodeId, Guid PlanId)> ApprovedProgramAsync(TestClinic clinic, Guid patientId, int daysAgo = 30) => clinic.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var episode = new Episode
        {
            PatientId = patientId,
            OnsetDate = DateOnly.FromDateTime(now).AddDays(-daysAgo - 20),
            StartedOn = DateOnly.FromDateTime(now).AddDays(-daysAgo),
            Status = EpisodeStatus.Active,
            CreatedAt = now.AddDays(-daysAgo),
            CreatedBy = "test",
        };
        db.Episodes.Add(episode);
        var plan = new PlanVersion
        {
            PatientId = patientId,
            EpisodeId = episode.Id,
            Number = 1,
            Status = PlanStatus.Approved,
            Elements =
            [
                Element(PlanVocabulary.Exercise, exercise: PelvicTilt, dosage: new Dosage(2, 10, null, null, "daily")),
                Element(PlanVocabulary.Exercise, exercise: BirdDog, dosage: new Dosage(3, 8, 5, null, "daily")),
                Element(PlanVocabulary.Education, topic: Topic),
            ],
            Origin = "test",
            CreatedAt = now.AddDays(-daysAgo),
            CreatedBy = "test",
            ApprovedAt = now.AddDays(-daysAgo),
            ApprovedBy = "test",
        };
        db.PlanVersions.Add(plan);
        await db.SaveChangesAsync();
        return (episode.Id, plan.Id);
    });

    public static Task LogAsync(TestClinic clinic, Guid patientId, Guid episodeId, Guid planId, string exercise, params int[] daysAgo) => clinic.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(Warsaw(DateTime.UtcNow));
        foreach (var d in daysAgo)
        {
            db.Add(new ExerciseLog { PatientId = patientId, EpisodeId = episodeId, PlanVersionId = planId, Exercise = exercise, Day = today.AddDays(-d), Done = true, RecordedAt = DateTime.UtcNow });
        }

        return await db.SaveChangesAsync();
    });

    public static Task RespondAsync(TestClinic clinic, Guid patientId, Guid episodeId, string instrument, Dictionary<string, decimal> values, int daysAgo, Dictionary<string, string>? labels = null) => clinic.QueryAsync(async db =>
    {
        var response = new InstrumentResponse(values.ToDictionary(v => v.Key, v => (Answer?)new Answer.Number(v.Value)), labels);
        var scored = Scorer.Score(instrument, response).Result!;
        db.QuestionnaireResponses.Add(QuestionnaireResponse.From(scored, response, patientId, episodeId, daysAgo > 20 ? TimePoints.Baseline : TimePoints.PreSession, "test", DateTime.UtcNow.AddDays(-daysAgo)));
        return await db.SaveChangesAsync();
    });

    // The test clinics are in Europe/Warsaw.
    private static DateTime Warsaw(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    private static PlanElement Element(string kind, string? exercise = null, string? topic = null, Dosage? dosage = null) =>
        new(kind, null, null, null, "aim", null, exercise, topic, dosage, "reason", EvidenceSources.NiceNg59, []);
}
