using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Screening;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Intake;

public partial class IntakeTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Intake_CompleteAnswers_ScoresAndShowsMeasures()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await StartEpisodeAsync(client, clinic.PatientId);

        var fields = Baseline();
        var response = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/intake", "intake", fields);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.EndsWith($"/episodes/{episodeId}", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Oswestry Disability Index", html, StringComparison.Ordinal);
        Assert.Contains(">40.0<", html, StringComparison.Ordinal); // ODI all sections 2
        Assert.Contains(">6.0<", html, StringComparison.Ordinal); // NPRS current 6
        Assert.DoesNotContain("blocked until", html, StringComparison.Ordinal);
        var scores = await clinic.QueryAsync(db => db.QuestionnaireResponses.Where(r => r.EpisodeId == episodeId).ToListAsync());
        Assert.Equal(["nprs", "odi", "psfs", "pss4", "sbst", "sqs"], scores.Select(s => s.Instrument).Order());
        Assert.Equal("lift my grandson", scores.Single(s => s.Instrument == "psfs").Labels["psfs.1"]);
        Assert.All(scores, s => Assert.Equal("baseline", s.TimePoint));
    }

    [Fact]
    public async Task Intake_BadAnswers_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await StartEpisodeAsync(client, clinic.PatientId);
        var fields = Baseline();
        fields["nprs.current"] = "";
        fields["psfs.2"] = "11";
        fields["psfs.2.label"] = "kept activity";
        fields["onsetDate"] = "2099-01-01";

        var response = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/intake", "intake", fields);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.EndsWith("/intake", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Enter the pain now, from 0 to 10.", html, StringComparison.Ordinal);
        Assert.Contains("must be a number from 0 to 10", html, StringComparison.Ordinal);
        Assert.Contains("The pain cannot begin after the assessment date.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kept activity\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"11\"", html, StringComparison.Ordinal);
        Assert.Empty(await clinic.QueryAsync(db => db.QuestionnaireResponses.Where(r => r.EpisodeId == episodeId).ToListAsync()));
    }

    [Fact]
    public async Task Intake_RedFlag_ShowsBannerAndBlocksUntilPractitionerRecordsReferral()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await StartEpisodeAsync(client, clinic.PatientId);
        var fields = Baseline();
        fields["rf.saddle_numbness"] = "true";

        var html = await (await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/intake", "intake", fields)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("urgency-emergency", html, StringComparison.Ordinal);
        Assert.Contains("cauda equina", html, StringComparison.Ordinal);
        Assert.Contains("blocked until a clinician records", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"cleared\"", html, StringComparison.Ordinal); // an emergency cannot be cleared
        Assert.True((await LatestScreeningAsync(clinic, episodeId)).Blocks);

        var empty = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}", "resolve", new() { ["resolution"] = "referred", ["reason"] = "" });
        Assert.Contains("Write the reason", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True((await LatestScreeningAsync(clinic, episodeId)).Blocks);

        await Browserless.PostFormAsync(client, $"/episodes/{episodeId}", "resolve", new() { ["resolution"] = "referred", ["reason"] = "Sent to ED at 14:10, told the patient why." });

        var screening = await LatestScreeningAsync(clinic, episodeId);
        Assert.False(screening.Blocks);
        Assert.Equal("referred", screening.Resolution);
        Assert.Equal($"Practitioner {clinic.Tag}", screening.ResolvedBy);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.ClinicId == clinic.Id && a.Action == "ScreeningRecord.modified" && a.PatientId == clinic.PatientId, Ct));
    }

    [Fact]
    public async Task Resolve_FrontDesk_CannotRecordClearance()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var practitioner = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await StartEpisodeAsync(practitioner, clinic.PatientId);
        var fields = Baseline();
        fields["rf.fever"] = "true";
        await Browserless.PostFormAsync(practitioner, $"/episodes/{episodeId}/intake", "intake", fields);
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var page = await frontDesk.GetStringAsync($"/episodes/{episodeId}", Ct);

        Assert.Contains("blocked until a clinician records", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"reason\"", page, StringComparison.Ordinal);
        Assert.True((await LatestScreeningAsync(clinic, episodeId)).Blocks);
    }

    [Fact]
    public async Task EpisodePages_OtherClinic_Return404()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, b.PractitionerEmail);
        var episodeId = await StartEpisodeAsync(client, b.PatientId);
        using var other = await Browserless.SignedInAsync(app, a.PractitionerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/episodes/{episodeId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/episodes/{episodeId}/intake", Ct)).StatusCode);
    }

    internal static async Task<Guid> StartEpisodeAsync(HttpClient client, Guid patientId)
    {
        var response = await Browserless.PostFormAsync(client, $"/patients/{patientId}", "start-episode", new() { ["onset"] = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var match = EpisodeUrl().Match(response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(match.Success, response.RequestMessage.RequestUri.AbsolutePath);
        return Guid.Parse(match.Groups[1].Value);
    }

    internal static Dictionary<string, string> Baseline()
    {
        var fields = new Dictionary<string, string>
        {
            ["onsetDate"] = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["previousEpisodes"] = "1",
            ["workAndActivities"] = "Office work, weekend gardening",
            ["nprs.current"] = "6", ["nprs.average"] = "5", ["nprs.worst"] = "8",
            ["psfs.1"] = "3", ["psfs.1.label"] = "lift my grandson",
            ["sqs.1"] = "4",
            ["pss4.1"] = "2", ["pss4.2"] = "2", ["pss4.3"] = "2", ["pss4.4"] = "2",
        };
        for (var i = 1; i <= 10; i++)
        {
            fields[$"odi.{i}"] = "2";
        }

        for (var i = 1; i <= 8; i++)
        {
            fields[$"sbst.{i}"] = i <= 4 ? "true" : "false";
        }

        fields["sbst.9"] = "1";
        return fields;
    }

    private static Task<ScreeningRecord> LatestScreeningAsync(TestClinic clinic, Guid episodeId) =>
        clinic.QueryAsync(db => db.Screenings.Where(s => s.EpisodeId == episodeId).OrderByDescending(s => s.RecordedAt).FirstAsync());

    [GeneratedRegex("^/episodes/([0-9a-f-]{36})/intake$")]
    private static partial Regex EpisodeUrl();
}
