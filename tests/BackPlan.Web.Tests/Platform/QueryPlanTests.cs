using System.Globalization;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// The plans of queries that run every few seconds over every clinic (docs/performance.md): each must
/// read one index range, not every pending row. SQLite only: its planner chooses the same on an empty
/// test database as on a large one, where PostgreSQL's cost model prefers a scan of a small table.
/// </summary>
public sealed partial class QueryPlanTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_Claim_OneIndexRangeInSendOrder()
    {
        Assert.SkipWhen(app.Provider != "Sqlite", "SQLite only");

        var plan = await PlanAsync(string.Format(CultureInfo.InvariantCulture, OutboxSender.ClaimSql(postgres: false), "'2030-01-01 00:05:00'", "'me'", "'2030-01-01 00:00:00'", 50));

        Assert.Contains("USING INDEX IX_Outbox_SentAt_WithdrawnAt_SendAfter_Failed (SentAt=? AND WithdrawnAt=? AND SendAfter<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_Depth_OneIndexRangeOfTheUnsent()
    {
        Assert.SkipWhen(app.Provider != "Sqlite", "SQLite only");

        var plan = await PlanAsync(db => OutboxSender.Depth(db, DateTime.UtcNow));

        Assert.Contains("USING COVERING INDEX IX_Outbox_SentAt_WithdrawnAt_SendAfter_Failed (SentAt=? AND WithdrawnAt=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSessionScheduler_ClinicsWithWork_ReadsTheEndTimeRange()
    {
        Assert.SkipWhen(app.Provider != "Sqlite", "SQLite only");

        var plan = await PlanAsync(db => PostSessionScheduler.ClinicsWithWork(db, DateTime.UtcNow, DateTime.UtcNow.AddHours(-6)));

        Assert.Contains("USING INDEX IX_Appointments_EndUtc (EndUtc>? AND EndUtc<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_RequestContextKeepsItsConnectionOpen()
    {
        Assert.SkipWhen(app.Provider != "Sqlite", "SQLite only");
        await using var scope = app.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();

        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State);
        Assert.Equal(0, await db.Appointments.CountAsync(a => a.Id == Guid.Empty, Ct));
        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State);
    }

    /// <summary>SQLite's EXPLAIN QUERY PLAN of the query EF sends, its parameters written in as literals.</summary>
    private async Task<string> PlanAsync<T>(Func<BackPlanDb, IQueryable<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // ToQueryString gives ".param set @name value" lines, then the SQL.
        var lines = query(scope.ServiceProvider.GetRequiredService<BackPlanDb>()).ToQueryString().Split('\n');
        var parameters = lines.Select(l => ParamLine().Match(l)).Where(m => m.Success)
            .Select(m => (Name: m.Groups[1].Value, Value: m.Groups[2].Value.Trim())).OrderByDescending(p => p.Name.Length);
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var (name, value) in parameters)
        {
            sql = sql.Replace(name, value, StringComparison.Ordinal);
        }

        return await PlanAsync(sql);
    }

    /// <summary>SQLite's EXPLAIN QUERY PLAN of <paramref name="sql"/>.</summary>
    private async Task<string> PlanAsync(string sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await db.Database.OpenConnectionAsync(Ct);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var plan = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }

    [GeneratedRegex(@"^\.param set (@\w+) (.*)$")]
    private static partial Regex ParamLine();
}
