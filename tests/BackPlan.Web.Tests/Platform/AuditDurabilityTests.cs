using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// Read audits are written in groups (AuditWriter), so a crash must never lose the audit row of a
/// read the client already has: the app runs as its own process, sixteen clients read patients,
/// and the process is killed with SIGKILL in the middle. Every answered read must have its row.
/// </summary>
public sealed class AuditDurabilityTests
{
    private const string Password = "Durable-Passw0rd";

    [Fact]
    public async Task KilledMidLoad_EveryAnsweredReadHasItsAuditRow()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = TestDatabase.Create();
        var port = AppProcess.FreePort();
        using var app = StartApp(database, port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await AppProcess.WaitHealthyAsync(http, app, ct);
            var token = await TokenAsync(http, ct);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var patients = await http.GetFromJsonAsync<JsonElement>("/api/v1/patients?pageSize=50", ct);
            var ids = patients.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToArray();
            Assert.NotEmpty(ids);

            var answered = new ConcurrentBag<int>();
            var next = 0;
            using var stop = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var probe = Interlocked.Increment(ref next);
                    try
                    {
                        using var response = await http.GetAsync($"/api/v1/patients/{ids[probe % ids.Length]}?probe={probe}", stop.Token);
                        var body = await response.Content.ReadAsStringAsync(stop.Token);
                        if (response.StatusCode == HttpStatusCode.OK && body.Contains("\"id\"", StringComparison.Ordinal))
                        {
                            answered.Add(probe);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                    {
                        // The process died under this request: it was never answered.
                    }
                }
            }, ct)).ToArray();

            // Kill once a good number of reads have been answered, while others are in flight.
            var deadline = Stopwatch.StartNew();
            while (answered.Count < 300 && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20, ct);
            }

            app.Kill(); // SIGKILL: no shutdown, no flushing
            await app.WaitForExitAsync(ct);
            await stop.CancelAsync();
            await Task.WhenAll(readers);

            Assert.True(answered.Count >= 300, $"only {answered.Count} reads were answered before the kill");
            var audited = await AuditedProbesAsync(database, ct);
            var lost = answered.Where(p => !audited.Contains(p)).Order().ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {answered.Count} answered reads have no audit row, e.g. probe {string.Join(", ", lost.Take(5))}");
        }
        finally
        {
            await AppProcess.StopAsync(app);
        }
    }

    private static Process StartApp(TestDatabase database, int port) => AppProcess.Start(database, new Dictionary<string, string>
    {
        ["Urls"] = $"http://127.0.0.1:{port}",
        ["Demo__Enabled"] = "true",
        ["Demo__Password"] = Password,
    });

    private static async Task<string> TokenAsync(HttpClient http, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = "therapist@demo.backplan.test", password = Password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HashSet<int>> AuditedProbesAsync(TestDatabase database, CancellationToken ct)
    {
        await using DbConnection connection = database.Provider == "Postgres"
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Detail" FROM "AuditEntries" WHERE "Action" = 'patient.read' AND "Detail" LIKE '?probe=%'""";
        var probes = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            probes.Add(int.Parse(reader.GetString(0)["?probe=".Length..], CultureInfo.InvariantCulture));
        }

        return probes;
    }
}
