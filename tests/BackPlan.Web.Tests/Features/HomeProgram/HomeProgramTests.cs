using System.Net;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.HomeProgram;

public class HomeProgramTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Row(int index, string exercise, bool done = true, string difficulty = "", string pain = "", bool worse = false, string comment = "")
    {
        var fields = new Dictionary<string, string>
        {
            [$"x{index}.code"] = exercise,
            [$"x{index}.difficulty"] = difficulty,
            [$"x{index}.pain"] = pain,
            [$"x{index}.comment"] = comment,
        };
        if (done)
        {
            fields[$"x{index}.done"] = "on";
        }

        if (worse)
        {
            fields[$"x{index}.worse"] = "on";
        }

        return fields;
    }

    private static Dictionary<string, string> Both(Dictionary<string, string> first, Dictionary<string, string> second) =>
        first.Concat(second).ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task TodayPage_ApprovedProgram_ShowsExercisesWithPrescribedDosageAndTopics()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/today", Ct);

        Assert.Contains("Pelvic tilt", page, StringComparison.Ordinal);
        Assert.Contains("Bird-dog", page, StringComparison.Ordinal);
        Assert.Contains("3 sets, 8 repetitions, hold 5 s, daily", page, StringComparison.Ordinal);
        Assert.Contains("/portal/topics/stay_active", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TwiceOnTheSameDay_UpdatesTheOneRowOfThatDay()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt, difficulty: "3", pain: "2"), Row(1, ProgramSetup.BirdDog, done: false)));
        var second = await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt, difficulty: "5", pain: "4", comment: "easier today"), Row(1, ProgramSetup.BirdDog)));

        Assert.EndsWith("/portal/today", second.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var logs = await clinic.QueryAsync(db => db.Set<ExerciseLog>().Where(l => l.PatientId == clinic.PatientId).ToListAsync(Ct));
        var tilt = Assert.Single(logs, l => l.Exercise == ProgramSetup.PelvicTilt);
        Assert.Equal((5, 4, "easier today"), (tilt.Difficulty!.Value, tilt.Pain!.Value, tilt.Comment));
        Assert.NotNull(tilt.UpdatedAt);
        Assert.True(Assert.Single(logs, l => l.Exercise == ProgramSetup.BirdDog).Done);
        // The page shows today's answers again.
        Assert.Contains("easier today", await patient.GetStringAsync("/portal/today", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NothingEnteredForAnExercise_WritesNoRowForIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt), Row(1, ProgramSetup.BirdDog, done: false)));

        var logs = await clinic.QueryAsync(db => db.Set<ExerciseLog>().Where(l => l.PatientId == clinic.PatientId).Select(l => l.Exercise).ToListAsync(Ct));
        Assert.Equal([ProgramSetup.PelvicTilt], logs);
    }

    [Theory]
    [InlineData("7", false, AlertKinds.HighPain)]
    [InlineData("10", false, AlertKinds.HighPain)]
    [InlineData("2", true, AlertKinds.ExerciseWorse)]
    public async Task Save_PainSevenOrMadeWorse_RaisesOneAlertForThePractitioner(string pain, bool worse, string kind)
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        var fields = Both(Row(0, ProgramSetup.PelvicTilt, pain: pain, worse: worse, comment: "sharp twinge"), Row(1, ProgramSetup.BirdDog, done: false));

        await Browserless.PostFormAsync(patient, "/portal/today", "today", fields);
        await Browserless.PostFormAsync(patient, "/portal/today", "today", fields); // the same answers again: no second alert

        var alerts = await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == clinic.PatientId).ToListAsync(Ct));
        var alert = Assert.Single(alerts);
        Assert.Equal(kind, alert.Kind);
        Assert.Equal(ProgramSetup.PelvicTilt, alert.Exercise);
        Assert.Contains("sharp twinge", alert.Detail, StringComparison.Ordinal);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var page = WebUtility.HtmlDecode(await therapist.GetStringAsync("/alerts?show=open", Ct));
        Assert.Contains("Home exercise: Pelvic tilt.", page, StringComparison.Ordinal);
        Assert.Contains("sharp twinge", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsPage_Polish_NamesTheExerciseInPolish_OlderRowsKeepTheirStoredText()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await clinic.QueryAsync(db =>
        {
            // An alert raised before the exercise code was kept: its text stays as stored.
            db.Alerts.Add(new StaffAlert { ClinicId = clinic.Id, PatientId = clinic.PatientId, Kind = AlertKinds.HighPain, Detail = "Home exercise Bird-dog: pain 9/10.", CreatedAt = DateTime.UtcNow.AddDays(-1) });
            return db.SaveChangesAsync(Ct);
        });
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt, pain: "8", comment: "ostry ból"), Row(1, ProgramSetup.BirdDog, done: false)));
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = WebUtility.HtmlDecode(await therapist.GetStringAsync("/alerts?show=open&culture=pl", Ct));

        Assert.Contains("Ćwiczenie domowe: Pochylanie miednicy. NPRS 8/10. \"ostry ból\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelvic tilt", page, StringComparison.Ordinal);
        Assert.Contains("Home exercise Bird-dog: pain 9/10.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_PainSixNotWorse_RaisesNoAlert()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt, pain: "6", difficulty: "9"), Row(1, ProgramSetup.BirdDog, done: false)));

        Assert.False(await clinic.QueryAsync(db => db.Alerts.AnyAsync(a => a.PatientId == clinic.PatientId, Ct)));
    }

    [Fact]
    public async Task Save_RatingOutOfRange_ShowsTheErrorBesideTheFieldAndSavesNothing()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var response = await Browserless.PostFormAsync(patient, "/portal/today", "today", Both(Row(0, ProgramSetup.PelvicTilt, pain: "11", comment: "kept after the error"), Row(1, ProgramSetup.BirdDog)));
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<div id=\"x0-pain-error\" class=\"field-error\" aria-live=\"polite\">Choose a number from 0 to 10.</div>", page, StringComparison.Ordinal);
        Assert.Contains("kept after the error", page, StringComparison.Ordinal);
        Assert.False(await clinic.QueryAsync(db => db.Set<ExerciseLog>().AnyAsync(l => l.PatientId == clinic.PatientId, Ct)));
    }

    [Fact]
    public async Task Adherence_FromTheLog_IsShownToThePatientAndOnThePatientPage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        // Two daily exercises; the six days before today: pelvic tilt every day, bird dog on three → 9 of 12 = 75 %.
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2, 3, 4, 5, 6);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.BirdDog, 1, 3, 5);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        foreach (var page in new[] { await patient.GetStringAsync("/portal/today", Ct), await patient.GetStringAsync("/portal", Ct), await therapist.GetStringAsync($"/patients/{clinic.PatientId}", Ct) })
        {
            Assert.Contains("Last 7 days", page, StringComparison.Ordinal);
            Assert.Contains("75 % (9 of 12 prescribed exercise sessions)", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TopicPage_MarkRead_IsRememberedAndOtherTopicsAreNotFound()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        await Browserless.PostFormAsync(patient, $"/portal/topics/{ProgramSetup.Topic}", "read", []);

        Assert.True(await clinic.QueryAsync(db => db.Set<TopicRead>().AnyAsync(t => t.PatientId == clinic.PatientId && t.Topic == ProgramSetup.Topic, Ct)));
        Assert.Contains("You have marked this as read.", await patient.GetStringAsync($"/portal/topics/{ProgramSetup.Topic}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync("/portal/topics/pacing", Ct)).StatusCode);
    }

    [Fact]
    public async Task TodayPage_WithoutProgram_SaysSo()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        Assert.Contains("Your clinic has not given you a home program yet.", await patient.GetStringAsync("/portal/today", Ct), StringComparison.Ordinal);
    }
}
