using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Outcomes;

/// <summary>
/// After "Recompute all" (or a bulk load) every month's aggregates are rebuilt in the background: a view
/// meanwhile shows the figures from before, says so, and never waits for the rebuild (issue 15).
/// </summary>
public class OutcomeAggregateRebuildTests(BackPlanApp app)
{
    private const string Notice = "The figures are being rebuilt in the background";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecomputeAll_RebuildsInTheBackground_ViewsShowTheEarlierFiguresMeanwhile()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, [new(6, 0, 40, 20), new(6, 5, 40, 36)]);
        // A record lost around the rules (as after a change of them): the dashboard counts one episode.
        await clinic.QueryAsync(async db =>
        {
            db.Remove(await db.Set<EpisodeOutcomeRecord>().SingleAsync(r => r.EpisodeId == ids[0], Ct));
            return await db.SaveChangesAsync(Ct);
        });
        using var api = await clinic.ClientAsAsync(clinic.AdminEmail);
        var before = await SummaryAsync(api);
        Assert.Equal(1, before.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.False(before.GetProperty("rebuilding").GetBoolean());
        using var browser = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var page = await RecomputeAsync(browser);

        Assert.Contains(Notice, page, StringComparison.Ordinal);
        var meanwhile = await SummaryAsync(api);
        Assert.True(meanwhile.GetProperty("rebuilding").GetBoolean());
        Assert.Equal(1, meanwhile.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.Equal(2, await clinic.QueryAsync(db => db.Set<EpisodeOutcomeRecord>().CountAsync(Ct)));

        Assert.True(await app.Services.GetRequiredService<OutcomeAggregateRebuilder>().RebuildAsync(Ct) >= 1);

        var after = await SummaryAsync(api);
        Assert.False(after.GetProperty("rebuilding").GetBoolean());
        Assert.Equal(2, after.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.Equal(2, await clinic.QueryAsync(db => db.Set<OutcomeAggregate>().SumAsync(a => a.Started, Ct)));
        Assert.False(await clinic.QueryAsync(db => db.Set<OutcomeAggregateChange>().AnyAsync(Ct)));
        Assert.DoesNotContain(Notice, WebUtility.HtmlDecode(await browser.GetStringAsync("/outcomes", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_WhileEveryMonthWaitsForItsRebuild_NeitherRebuildsNorWaitsForTheRebuildsLock()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, [new(6, 0, 40, 20), new(6, 5, 40, 36)]);
        using var api = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        await SummaryAsync(api);
        await clinic.QueryAsync(async db =>
        {
            await OutcomeAggregates.MarkAllAsync(db, clinic.Id, Ct);
            return 0;
        });

        // The background's rebuild holds the clinic's row from its first statement to its commit
        // (PostgreSQL; on SQLite a rebuild holds the one write lock, which every write waits for anyway).
        await using var scope = app.Services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        await using var transaction = app.Provider == "Postgres" ? await rebuild.Database.BeginTransactionAsync(Ct) : null;
        if (transaction is not null)
        {
            await rebuild.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Clinics" WHERE "Id" = {clinic.Id} FOR UPDATE""", Ct);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(60)); // a view that waited for the lock would wait for ever
        var summary = await api.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", limit.Token);

        Assert.True(summary.GetProperty("rebuilding").GetBoolean());
        Assert.Equal(2, summary.GetProperty("episodes").GetProperty("started").GetInt32());
        Assert.True(await clinic.QueryAsync(db => db.Set<OutcomeAggregateChange>().AnyAsync(c => c.Month == null, Ct)), "the view must leave the rebuild to the background");
    }

    private static Task<JsonElement> SummaryAsync(HttpClient client) =>
        client.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/summary", Ct);

    private static async Task<string> RecomputeAsync(HttpClient client)
    {
        var token = Browserless.AntiforgeryTokenOf(await client.GetStringAsync("/outcomes", Ct))!;
        var response = await client.PostAsync("/outcomes/recompute", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }
}
