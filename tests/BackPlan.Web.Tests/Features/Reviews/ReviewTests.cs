using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Tests.Features.Plans;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Reviews;

public class ReviewTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_Responder_ShowsContinueWithTheNumbers()
    {
        var (clinic, client, episodeId) = await ApprovedPlanAsync();

        var html = await ScoresAsync(client, episodeId, nprs: 3, odiEach: 1);

        Assert.Contains("outcome-continue", html, StringComparison.Ordinal);
        Assert.Contains("decrease >= 2 points and >= 30%", html.Replace("&gt;", ">", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("-3.0", html, StringComparison.Ordinal);
        client.Dispose();
        _ = clinic;
    }

    [Fact]
    public async Task Review_NonResponderTwice_RevisesThenRefersWithLetter()
    {
        var (clinic, client, episodeId) = await ApprovedPlanAsync();

        var first = await ScoresAsync(client, episodeId, nprs: 6, odiEach: 2);
        Assert.Contains("outcome-revise", first, StringComparison.Ordinal);
        var revised = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/review", "review-decision", new() { ["action"] = "revise", ["note"] = "" });
        Assert.EndsWith("/plan", revised.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var draft = Assert.Single(await clinic.QueryAsync(db => db.PlanVersions.Where(p => p.EpisodeId == episodeId && p.Status == PlanStatus.Draft).ToListAsync()));
        var approved = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId && p.Status == PlanStatus.Approved, Ct));
        Assert.StartsWith("revision of version", draft.Origin, StringComparison.Ordinal);
        Assert.Contains(draft.Warnings, w => w.Code == BackPlan.Clinical.Plans.PlanRevision.Revised);
        Assert.True(draft.Schedule!.MinutesPerSession > approved.Schedule!.MinutesPerSession || draft.Schedule.MinutesPerSession == BackPlan.Clinical.Plans.PlanRevision.MaxMinutes);

        var second = await ScoresAsync(client, episodeId, nprs: 6, odiEach: 2);
        Assert.Contains("outcome-refer", second, StringComparison.Ordinal);
        var noReason = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/review", "review-decision", new() { ["action"] = "refer", ["note"] = "" });
        Assert.Contains("Write the reason for the referral", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var letter = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/review", "review-decision", new() { ["action"] = "refer", ["note"] = "No response after two reviews; GP to consider imaging." });
        var letterHtml = await letter.Content.ReadAsStringAsync(Ct);

        Assert.EndsWith("/referral", letter.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Referral for medical review", letterHtml, StringComparison.Ordinal);
        Assert.Contains("GP to consider imaging", letterHtml, StringComparison.Ordinal);
        Assert.Contains("Oswestry Disability Index", letterHtml, StringComparison.Ordinal);
        var episode = await clinic.QueryAsync(db => db.Episodes.SingleAsync(e => e.Id == episodeId));
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
        var reviews = await clinic.QueryAsync(db => db.Reviews.Where(r => r.EpisodeId == episodeId).OrderBy(r => r.RecordedAt).ToListAsync());
        Assert.Equal(["revise", "refer"], reviews.Select(r => r.Outcome));
        client.Dispose();
    }

    [Fact]
    public async Task Review_NoLaterScores_SaysWhatIsMissing()
    {
        var (_, client, episodeId) = await ApprovedPlanAsync();

        var html = await client.GetStringAsync($"/episodes/{episodeId}/review", Ct);

        Assert.Contains("A review needs a baseline and a later score", html, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Review_ResponderAtPlannedEnd_DischargesAndClosesTheEpisode()
    {
        var (clinic, client, episodeId) = await ApprovedPlanAsync();
        await ScoresAsync(client, episodeId, nprs: 2, odiEach: 1);

        var response = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/review", "review-decision", new() { ["action"] = "discharge", ["end"] = "true", ["note"] = "" });

        Assert.EndsWith($"/episodes/{episodeId}", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Discharged with a self-management plan.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var episode = await clinic.QueryAsync(db => db.Episodes.SingleAsync(e => e.Id == episodeId));
        Assert.Equal(EpisodeStatus.Discharged, episode.Status);
        Assert.NotNull(episode.ClosedAt);
        client.Dispose();
    }

    [Fact]
    public async Task ReferralLetter_NamesFindingsAndTreatmentInWords()
    {
        var (clinic, client, episodeId) = await ApprovedPlanAsync();
        await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/examination", "add-finding", new()
        {
            ["code"] = "trigger_points", ["region"] = "gluteus_medius", ["side"] = "left", ["severity"] = "2",
        });
        var plan = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId && p.Status == PlanStatus.Approved));
        var exercise = plan.Elements.First(e => e.Kind == "exercise").Exercise!;

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/episodes/{episodeId}/referral", Ct));

        Assert.Contains("Trigger points: Gluteus medius, left, severity 2", html, StringComparison.Ordinal);
        Assert.Contains(BackPlan.Clinical.Content.ExerciseLibrary.Find(exercise)!.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain($" {exercise} ", html, StringComparison.Ordinal);
        client.Dispose();
    }

    private async Task<(TestClinic Clinic, HttpClient Client, Guid EpisodeId)> ApprovedPlanAsync()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);
        await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve");
        return (clinic, client, episodeId);
    }

    private static async Task<string> ScoresAsync(HttpClient client, Guid episodeId, int nprs, int odiEach)
    {
        var fields = new Dictionary<string, string> { ["nprs.current"] = nprs.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        for (var i = 1; i <= 10; i++)
        {
            fields[$"odi.{i}"] = odiEach.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/review", "review-scores", fields);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
