using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
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
        var port = FreePort();
        using var app = StartApp(database, port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(http, app, ct);
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
            if (!app.HasExited)
            {
                app.Kill();
                await app.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static Process StartApp(TestDatabase database, int port)
    {
        // The web app's build output sits beside the tests (project reference), with its runtimeconfig.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BackPlan.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__BackPlan"] = database.ConnectionString;
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Demo__Password"] = Password;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Email__PollInterval"] = "01:00:00";
        start.Environment["Email__PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"backplan-mail-{Guid.NewGuid():N}");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process app, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(app.HasExited, $"the app exited with code {(app.HasExited ? app.ExitCode : 0)} before it was healthy");
            try
            {
                using var health = await http.GetAsync("/health", ct);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail("the app did not become healthy within two minutes");
    }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
