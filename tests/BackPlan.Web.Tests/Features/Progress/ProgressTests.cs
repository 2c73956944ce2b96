using System.Net;
using BackPlan.Clinical.Progress;
using BackPlan.Web.Features.Progress;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Progress;

public class ProgressTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, decimal> Odi(params int[] sections) =>
        sections.Select((v, i) => (v, i)).ToDictionary(x => $"odi.{x.i + 1}", x => (decimal)x.v);

    /// <summary>ODI 42 % → 30 % → 18 %, NPRS 6 → 5, one PSFS activity 3 → 6, sleep 4 → 6.</summary>
    private static async Task<Guid> HistoryAsync(TestClinic clinic)
    {
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "odi", Odi(2, 2, 2, 2, 2, 3, 2, 2, 2, 2), 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "odi", Odi(2, 2, 1, 1, 2, 2, 1, 1, 1, 2), 14);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "odi", Odi(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), 2);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 6 }, 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 5 }, 2);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "psfs", new() { ["psfs.1"] = 3 }, 30, new() { ["psfs.1"] = "carry the shopping" });
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "psfs", new() { ["psfs.1"] = 6 }, 2, new() { ["psfs.1"] = "carry the shopping" });
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "sqs", new() { ["sqs.1"] = 4 }, 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "sqs", new() { ["sqs.1"] = 6 }, 2);
        return episodeId;
    }

    [Fact]
    public async Task Series_FromStoredResponses_HaveBaselineThresholdAndVerdict()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var episodeId = await HistoryAsync(clinic);

        var series = await clinic.InScopeAsync(sp => sp.GetRequiredService<ProgressReader>().SeriesAsync(episodeId, Ct));

        Assert.Equal(["nprs", "odi", "psfs.1", "sqs"], series.Select(s => s.Key));
        var odi = series.Single(s => s.Key == "odi");
        Assert.Equal([42m, 30m, 18m], odi.Points.Select(p => p.Score));
        Assert.Equal((42m, 32m, ProgressVerdicts.ImportantImprovement), (odi.Summary.Baseline, odi.Summary.Threshold!.Value, odi.Summary.Verdict));
        var nprs = series.Single(s => s.Key == "nprs");
        Assert.Equal((4m, ProgressVerdicts.NotYetImportant), (nprs.Summary.Threshold!.Value, nprs.Summary.Verdict));
        var goal = series.Single(s => s.Key == "psfs.1");
        Assert.Equal(("carry the shopping", 5m, ProgressVerdicts.ImportantImprovement), (goal.Label, goal.Summary.Threshold!.Value, goal.Summary.Verdict));
        Assert.Null(series.Single(s => s.Key == "sqs").Summary.Threshold);
    }

    [Fact]
    public async Task PortalProgress_Patient_SeesSummariesThresholdsAndTables()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await HistoryAsync(clinic);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/progress", Ct);

        Assert.Contains("Back-related disability (ODI) has gone from 42 % to 18 %: a clinically important improvement.", page, StringComparison.Ordinal);
        Assert.Contains("Pain (NPRS) has gone from 6 of 10 to 5 of 10: not yet a clinically important change.", page, StringComparison.Ordinal);
        Assert.Contains("A clinically important improvement means reaching 32 %.", page, StringComparison.Ordinal);
        Assert.Contains("Ability to carry the shopping (PSFS)", page, StringComparison.Ordinal);
        Assert.Contains("There is no agreed threshold", page, StringComparison.Ordinal);
        Assert.Contains("<table class=\"table progress-table\">", page, StringComparison.Ordinal);
        // The chart runs interactively, with the page's plain records as its parameters.
        Assert.Contains("Blazor:", page, StringComparison.Ordinal);
        Assert.Contains("_content/Radzen.Blazor/Radzen.Blazor.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalProgress_InPolish_UsesPolishSummaries()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await HistoryAsync(clinic);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await patient.GetAsync("/culture/pl?returnUrl=/portal/progress", Ct);

        var page = await patient.GetStringAsync("/portal/progress", Ct);

        Assert.Contains("klinicznie istotna poprawa", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffProgress_Practitioner_SeesSeriesAdherenceAndReportsOnOneTimeline()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var episodeId = await HistoryAsync(clinic);
        var planId = await clinic.QueryAsync(db => Task.FromResult(db.PlanVersions.Single(p => p.EpisodeId == episodeId).Id));
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2, 3);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await Browserless.PostFormAsync(patient, "/portal/today", "today", new() { ["x0.code"] = ProgramSetup.PelvicTilt, ["x0.done"] = "on", ["x0.pain"] = "8", ["x1.code"] = ProgramSetup.BirdDog });
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = await therapist.GetStringAsync($"/patients/{clinic.PatientId}/progress", Ct);

        Assert.Contains("Week by week", page, StringComparison.Ordinal);
        Assert.Contains("Pain rated 7 or more", page, StringComparison.Ordinal);
        Assert.Contains("Back-related disability (ODI) has gone from 42 % to 18 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffProgress_AnotherClinicsPatient_IsNotFound()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await therapist.GetAsync($"/patients/{other.PatientId}/progress", Ct)).StatusCode);
    }
}
