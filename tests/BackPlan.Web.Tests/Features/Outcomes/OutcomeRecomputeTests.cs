using System.Net;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Outcomes;

public class OutcomeRecomputeTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecomputeAll_RecordDeletedAndChanged_RebuildsBothAndSaysHowMany()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, [new(6, 0, 40, 20, Attended: 2), new(6, 5, 40, 36)]);
        await clinic.QueryAsync(async db =>
        {
            db.Remove(await db.Set<EpisodeOutcomeRecord>().SingleAsync(r => r.EpisodeId == ids[0], Ct));
            var changed = await db.Set<EpisodeOutcomeRecord>().SingleAsync(r => r.EpisodeId == ids[1], Ct);
            changed.PainResponderFourWeeks = true;
            changed.SessionsAttended = 99;
            return await db.SaveChangesAsync(Ct);
        });
        var episodes = await clinic.QueryAsync(db => db.Episodes.CountAsync(Ct));
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var response = await PostRecomputeAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{episodes} episode records recomputed", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var records = await clinic.QueryAsync(db => db.Set<EpisodeOutcomeRecord>().AsNoTracking().Where(r => ids.Contains(r.EpisodeId)).ToDictionaryAsync(r => r.EpisodeId, Ct));
        Assert.Equal(2, records[ids[0]].SessionsAttended);
        Assert.True(records[ids[0]].PainResponderFourWeeks);
        Assert.False(records[ids[1]].PainResponderFourWeeks);
        Assert.Equal(0, records[ids[1]].SessionsAttended);
        Assert.True(await clinic.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "outcomes.recompute", Ct)));
    }

    [Fact]
    public async Task RecomputeAll_Practitioner_IsForbidden()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var response = await PostRecomputeAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RecomputeAll_NoAntiforgeryToken_IsRejected()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var response = await client.PostAsync("/outcomes/recompute", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostRecomputeAsync(HttpClient client)
    {
        // The admin's dashboard carries the button's form and its token; a practitioner's may not, and needs none to be refused.
        var page = await client.GetStringAsync("/outcomes", Ct);
        Dictionary<string, string> fields = Browserless.AntiforgeryTokenOf(page) is { } token ? new() { ["__RequestVerificationToken"] = token } : [];
        return await client.PostAsync("/outcomes/recompute", new FormUrlEncodedContent(fields), Ct);
    }
}
