using System.Net;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Plans;

public class PlanBuilderTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recommend_ThenApprove_MakesVersionOneAndActivatesEpisode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);

        var page = await (await PlanSteps.RecommendAsync(client, episodeId)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Draft version 1", page, StringComparison.Ordinal);
        var response = await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve");
        var program = await response.Content.ReadAsStringAsync(Ct);

        Assert.Matches("^/plans/[0-9a-f-]{36}$", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your home exercises", program, StringComparison.Ordinal);
        Assert.Contains("What to expect", program, StringComparison.Ordinal);
        var plan = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal($"Practitioner {clinic.Tag}", plan.ApprovedBy);
        Assert.Contains(plan.Elements, e => e.Kind == "exercise");
        Assert.Contains(plan.Elements, e => e.Kind == "education");
        Assert.Contains(plan.Elements, e => e.Serves.Contains("psfs.1"));
        var episode = await clinic.QueryAsync(db => db.Episodes.SingleAsync(e => e.Id == episodeId));
        Assert.Equal(EpisodeStatus.Active, episode.Status);
    }

    [Fact]
    public async Task Recommend_UsesExaminationFindingsAndContraindications()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId, f => f["ci.anticoagulants"] = "true");
        await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/examination", "add-finding", new()
        {
            ["code"] = "restricted_glide", ["region"] = "quadratus_lumborum", ["side"] = "left", ["severity"] = "2",
        });

        await PlanSteps.RecommendAsync(client, episodeId);

        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        var softTissue = Assert.Single(draft.Elements, e => e.Kind == "soft_tissue" && e.Region == "quadratus_lumborum");
        Assert.Equal("left", softTissue.Side);
        Assert.NotEqual("active_release", softTissue.Technique);
        Assert.Contains(draft.Warnings, w => w.Code == "deep_technique_replaced");
    }

    [Fact]
    public async Task Approve_SoftTissueWithoutExerciseAndEducation_IsRefusedWithTheReason()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);

        var response = await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve", fields =>
        {
            var rows = int.Parse(fields["rows"], System.Globalization.CultureInfo.InvariantCulture) - 1;
            for (var i = 0; i < rows; i++)
            {
                if (fields[$"e{i}.kind"] is "exercise" or "education")
                {
                    fields[$"e{i}.remove"] = "true";
                }
            }

            fields["rows"] = (rows + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"e{rows}.kind"] = "soft_tissue";
            fields[$"e{rows}.technique"] = "swedish_massage";
            fields[$"e{rows}.region"] = "lumbar_paraspinals";
            fields[$"e{rows}.reason"] = "tone";
            fields[$"e{rows}.source"] = "preyde2000";
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("The plan cannot be approved yet", html, StringComparison.Ordinal);
        Assert.Contains("Soft tissue work needs at least one exercise and one education element", html, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, (await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId))).Status);
    }

    [Fact]
    public async Task Save_BadCodesAndNumbers_ShowsErrorsBesideFieldsAndKeepsInput()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);

        var response = await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "save", fields =>
        {
            fields["sessions"] = "500";
            fields["e0.source"] = "made-up";
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Enter a whole number from 1 to 52.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the evidence source.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"500\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnresolvedUrgentFlag_IsRefusedUntilClearanceIsRecorded()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId, f => f["rf.weight_loss_unexplained"] = "true");
        await PlanSteps.RecommendAsync(client, episodeId);

        var refused = await (await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("The safety screening blocks treatment", refused, StringComparison.Ordinal);

        await Browserless.PostFormAsync(client, $"/episodes/{episodeId}", "resolve", new() { ["resolution"] = "cleared", ["reason"] = "GP reviewed on Monday: weight loss explained by diet." });
        await PlanSteps.RecommendAsync(client, episodeId);
        var approved = await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve");

        Assert.True(approved.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/plans/", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(await approved.Content.ReadAsStringAsync(Ct), "error-summary.{0,1500}", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task ChangeApprovedPlan_NeedsReason_KeepsOldVersionReadable()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);
        await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve");

        await PlanSteps.RecommendAsync(client, episodeId, from: "current");
        var noReason = await (await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Say why this version changes the previous one.", noReason, StringComparison.Ordinal);
        await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve", f => { f["sessions"] = "8"; f["changeReason"] = "Slow progress: two more sessions."; });

        var versions = await clinic.QueryAsync(db => db.PlanVersions.Where(p => p.EpisodeId == episodeId).OrderBy(p => p.Number).ToListAsync());
        Assert.Equal([PlanStatus.Superseded, PlanStatus.Approved], versions.Select(v => v.Status));
        Assert.Equal(8, versions[1].Schedule!.Sessions);
        Assert.Equal("Slow progress: two more sessions.", versions[1].ChangeReason);
        var old = await client.GetStringAsync($"/plans/{versions[0].Id}", Ct);
        Assert.Contains("A newer version of this program replaces this one.", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ExpiredLicence_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app, licenceExpiresOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);

        var html = await (await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve")).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Your professional licence has expired", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Builder_DraftOfTheRecommendation_StaysUnderTheSizeBudget()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);

        var html = await client.GetStringAsync($"/episodes/{episodeId}/plan", Ct);
        var rows = (await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId))).Elements.Count;

        // 80,625 characters for 5 elements when every element carried every select (the library ones run to dozens of options).
        Assert.True(html.Length < 70_000, $"builder: {html.Length} characters for {rows} elements");
    }

    [Fact]
    public async Task Builder_EachElement_ShowsTheSelectsOfItsKindAndTheBlankRowShowsAll()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);
        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));

        var html = await client.GetStringAsync($"/episodes/{episodeId}/plan", Ct);

        var exercise = draft.Elements.FindIndex(e => e.Kind == "exercise");
        var education = draft.Elements.FindIndex(e => e.Kind == "education");
        Assert.Contains($"id=\"e{exercise}-exercise\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"e{exercise}-topic\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"e{exercise}-technique\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"e{education}-topic\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"e{education}-exercise\"", html, StringComparison.Ordinal);
        var blank = draft.Elements.Count;
        foreach (var field in new[] { "kind", "technique", "region", "side", "pressure", "exercise", "topic", "source" })
        {
            Assert.Contains($"id=\"e{blank}-{field}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Save_KindChangedWithoutScript_ShowsTheNewKindsSelectWithItsError()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);
        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        var exercise = draft.Elements.FindIndex(e => e.Kind == "exercise");

        var response = await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "save", f => f[$"e{exercise}.kind"] = "education");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains($"id=\"e{exercise}-topic\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose a topic from the library.", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"e{exercise}-exercise\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontDesk_CannotDraftAPlan()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var practitioner = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(practitioner, clinic.PatientId);
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var html = await (await PlanSteps.RecommendAsync(frontDesk, episodeId)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Only a practitioner may draft or approve a plan.", html, StringComparison.Ordinal);
        Assert.Empty(await clinic.QueryAsync(db => db.PlanVersions.Where(p => p.EpisodeId == episodeId).ToListAsync()));
    }

    [Fact]
    public async Task ProgramPage_Patient_SeesOwnApprovedProgramOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(client, clinic.PatientId);
        await PlanSteps.RecommendAsync(client, episodeId);
        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        using var stranger = await Browserless.SignedInAsync(app, other.PatientEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/plans/{draft.Id}", Ct)).StatusCode);
        await PlanSteps.SubmitDraftAsync(app, client, clinic, episodeId, "approve");

        var own = await patient.GetAsync($"/plans/{draft.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Your back program", await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/plans/{draft.Id}", Ct)).StatusCode);
        Assert.Contains($"/plans/{draft.Id}", await patient.GetStringAsync("/portal", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain($"/plans/{draft.Id}", await stranger.GetStringAsync("/portal", Ct), StringComparison.Ordinal);
    }
}
