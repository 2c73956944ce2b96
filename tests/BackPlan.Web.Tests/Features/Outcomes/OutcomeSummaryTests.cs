using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Outcomes;

public class OutcomeSummaryTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_KnownFixture_GivesEveryNumber()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);

        var episodes = summary.GetProperty("episodes");
        Assert.Equal(12, episodes.GetProperty("started").GetInt32());
        Assert.Equal(1, episodes.GetProperty("completed").GetInt32());
        Assert.Equal(12, episodes.GetProperty("dueForFollowUp").GetInt32());
        Assert.Equal(10, episodes.GetProperty("followedUp").GetInt32());
        Assert.Equal(2, episodes.GetProperty("lostToFollowUp").GetInt32());

        // Pain responders 7/10: Wilson 95 % interval 0.3968–0.8922.
        var pain = summary.GetProperty("painResponderFourWeeks");
        Assert.Equal(10, pain.GetProperty("n").GetInt32());
        Assert.Equal(7, pain.GetProperty("count").GetInt32());
        Assert.Equal(0.7, pain.GetProperty("proportion").GetDouble(), 10);
        Assert.Equal(0.39678, pain.GetProperty("ci95")[0].GetDouble(), 5);
        Assert.Equal(0.89221, pain.GetProperty("ci95")[1].GetDouble(), 5);
        Assert.False(pain.GetProperty("tooFewToTell").GetBoolean());

        // Function (ODI 40 → 20 in five) 5/10: 0.2366–0.7634.
        var function = summary.GetProperty("functionResponderFourWeeks");
        Assert.Equal(5, function.GetProperty("count").GetInt32());
        Assert.Equal(0.23659, function.GetProperty("ci95")[0].GetDouble(), 5);

        // Pain-free 4/10 (0.1682–0.6873) against the trial's 63 %: exact two-sided p = 0.18820.
        var painFree = summary.GetProperty("painFreeAtOneMonth");
        Assert.Equal(4, painFree.GetProperty("count").GetInt32());
        Assert.Equal(0.16818, painFree.GetProperty("ci95")[0].GetDouble(), 5);
        var benchmark = summary.GetProperty("painFreeBenchmark");
        Assert.Equal(0.63, benchmark.GetProperty("comparatorProportion").GetDouble(), 10);
        Assert.Equal(0.18820, benchmark.GetProperty("pValue").GetDouble(), 5);
        Assert.Equal(4, benchmark.GetProperty("arms").GetArrayLength());
        // Two missing follow-ups: best case 6/12, worst case 4/12.
        Assert.Equal(2, benchmark.GetProperty("missing").GetInt32());
        Assert.Equal(0.5, benchmark.GetProperty("bestCase").GetDouble(), 10);
        Assert.Equal(4.0 / 12, benchmark.GetProperty("worstCase").GetDouble(), 10);

        // Mean NPRS change (4 × −6, 3 × −3, 3 × −1) = −3.6, SD 2.2211, t(9) interval −5.1889 to −2.0111.
        var meanPain = summary.GetProperty("meanChangeFourWeeks").GetProperty("pain");
        Assert.Equal(10, meanPain.GetProperty("n").GetInt32());
        Assert.Equal(-3.6, meanPain.GetProperty("mean").GetDouble(), 10);
        Assert.Equal(-5.1889, meanPain.GetProperty("ci95")[0].GetDouble(), 4);
        Assert.Equal(-2.0111, meanPain.GetProperty("ci95")[1].GetDouble(), 4);
        var meanOdi = summary.GetProperty("meanChangeFourWeeks").GetProperty("functionOdi");
        Assert.Equal(-12, meanOdi.GetProperty("mean").GetDouble(), 10);
        Assert.Equal(0, summary.GetProperty("meanChangeFourWeeks").GetProperty("functionRmdq").GetProperty("n").GetInt32());

        // One episode attended 2 and missed 1: no-shows 1/3; every episode counts for adverse events (none recorded), none answered a soreness check.
        var care = summary.GetProperty("care");
        Assert.Equal(1, care.GetProperty("noShows").GetProperty("count").GetInt32());
        Assert.Equal(3, care.GetProperty("noShows").GetProperty("n").GetInt32());
        Assert.Equal(2.0 / 12, care.GetProperty("sessionsAttended").GetProperty("mean").GetDouble(), 10);
        Assert.Equal(12, care.GetProperty("adverseEvents").GetProperty("n").GetInt32());
        Assert.Equal(0, care.GetProperty("adverseEvents").GetProperty("count").GetInt32());
        Assert.Equal(0, care.GetProperty("soreness").GetProperty("n").GetInt32());

        var practitioner = Assert.Single(summary.GetProperty("completenessByPractitioner").EnumerateArray());
        Assert.Equal($"Practitioner {clinic.Tag}", practitioner.GetProperty("label").GetString());
        Assert.Equal(10, practitioner.GetProperty("followedUp").GetProperty("count").GetInt32());
        Assert.Equal(12, practitioner.GetProperty("followedUp").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Summary_Filters_NarrowTheEpisodes()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        await OutcomeFixture.AddAsync(clinic, [new(7, 2, 50, 30)], startedDaysAgo: 400);
        using var client = await clinic.ClientAsAsync(clinic.AdminEmail);
        var from = OutcomeFixture.Today.AddDays(-100).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task<int> Started(string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/outcomes/summary?{query}", Ct)).GetProperty("episodes").GetProperty("started").GetInt32();

        Assert.Equal(13, await Started(""));
        Assert.Equal(12, await Started($"from={from}"));
        Assert.Equal(1, await Started($"to={from}"));
        Assert.Equal(3, await Started("risk=high"));
        Assert.Equal(2, await Started($"durationClass=chronic&from={from}"));
        Assert.Equal(0, await Started("composition=combined"));
        Assert.Equal(0, await Started($"practitionerId={Guid.NewGuid()}"));
        Assert.Equal(0, await Started($"locationId={Guid.NewGuid()}"));
    }

    [Fact]
    public async Task Summary_FewerThanTen_IsTooFewToTell()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary?risk=high", Ct);

        var painFree = summary.GetProperty("painFreeAtOneMonth");
        Assert.Equal(3, painFree.GetProperty("n").GetInt32());
        Assert.Equal(3, painFree.GetProperty("count").GetInt32());
        Assert.True(painFree.GetProperty("tooFewToTell").GetBoolean());
        Assert.True(summary.GetProperty("meanChangeFourWeeks").GetProperty("pain").GetProperty("tooFewToTell").GetBoolean());
    }

    [Fact]
    public async Task Summary_BadParameters_AreNamed()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.GetAsync("/api/v1/outcomes/summary?from=yesterday&to=2026-13-01&locationId=x&practitionerId=y&durationClass=long&risk=huge&composition=magic", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        foreach (var field in new[] { "from", "to", "locationId", "practitionerId", "durationClass", "risk", "composition" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var reversed = await client.GetAsync("/api/v1/outcomes/summary?from=2026-05-01&to=2026-04-01", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.True((await reversed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task Summary_FrontDeskPatientOrAnonymous_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var frontDesk = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync("/api/v1/outcomes/summary", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/api/v1/outcomes/summary", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/outcomes/summary", Ct)).StatusCode);
    }

    [Fact]
    public async Task Summary_OtherClinic_NeverCounted()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(a, OutcomeFixture.Known());
        await OutcomeFixture.AddAsync(b, [new(8, 8, 60, 60), new(8, 0, 60, 10)]);
        using var clientA = await a.ClientAsAsync(a.PractitionerEmail);
        using var clientB = await b.ClientAsAsync(b.PractitionerEmail);

        var summaryA = await clientA.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);
        var summaryB = await clientB.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);
        var bPractitioner = await b.QueryAsync(db => db.Staff.Where(s => s.Email == b.PractitionerEmail).Select(s => s.Id).SingleAsync());
        var aFilteredToB = await clientA.GetFromJsonAsync<JsonElement>($"/api/v1/outcomes/summary?practitionerId={bPractitioner}", Ct);

        Assert.Equal(12, summaryA.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.Equal(2, summaryB.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.Equal(1, summaryB.GetProperty("painFreeAtOneMonth").GetProperty("count").GetInt32());
        Assert.Equal(0, aFilteredToB.GetProperty("episodes").GetProperty("started").GetInt32());
    }

    [Fact]
    public async Task Summary_Read_IsAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.AdminEmail);

        (await client.GetAsync("/api/v1/outcomes/summary?risk=low", Ct)).EnsureSuccessStatusCode();

        var entry = await clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "outcomes.summary"));
        Assert.Null(entry.PatientId);
        Assert.Contains("risk=low", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_FollowsChanges_ToResponsesAndEpisode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var id = Assert.Single(await OutcomeFixture.AddAsync(clinic, [new(6, null, 40, null)]));
        var before = await clinic.QueryAsync(db => db.Set<EpisodeOutcomeRecord>().AsNoTracking().SingleAsync(r => r.EpisodeId == id));
        Assert.Null(before.PainFreeFourWeeks);
        Assert.Equal(6, before.PainBaseline);
        Assert.False(before.Completed);
        Assert.Equal(OutcomeFixture.Today.AddDays(-60 + 42), before.FollowUpDueOn);

        await clinic.QueryAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == id);
            db.QuestionnaireResponses.Add(OutcomeFixture.Response(episode, "nprs", "review", 0, episode.StartedOn.AddDays(30)));
            episode.Status = EpisodeStatus.Discharged;
            episode.ClosedAt = OutcomeFixture.Noon(OutcomeFixture.Today);
            return await db.SaveChangesAsync();
        });

        var after = await clinic.QueryAsync(db => db.Set<EpisodeOutcomeRecord>().AsNoTracking().SingleAsync(r => r.EpisodeId == id));
        Assert.Equal(before.Id, after.Id);
        Assert.True(after.PainFreeFourWeeks);
        Assert.True(after.PainResponderFourWeeks);
        Assert.Equal(-6, after.PainChangeFourWeeks);
        Assert.True(after.Completed);
        Assert.Equal(OutcomeFixture.Today, after.EndedOn);
    }
}
