using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// Two app instances as separate processes on one PostgreSQL database, started together, as behind a load
/// balancer (decision 0034). Each runs with a home directory of its own, so nothing is shared through
/// the file system: only the database.
/// </summary>
public sealed class SeveralInstancesTests
{
    private const string Password = "Several-Passw0rd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_TwoInstancesOneKilledMidBatch_EveryEmailArrivesExactlyOnce()
    {
        SkipOnSqlite();
        await using var database = TestDatabase.Create();
        await using var smtpA = new SmtpTestServer();
        await using var smtpB = new SmtpTestServer();
        var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reachedA = 0;
        smtpA.Accepting = async _ =>
        {
            if (Interlocked.Increment(ref reachedA) != 30)
            {
                return true;
            }

            // Instance A is in the middle of this send, the rest of its batch leased: it dies before it hears back.
            killNow.TrySetResult();
            await killed.Task;
            return false;
        };
        await using var a = new Instance(database, Mail(smtpA));
        await using var b = new Instance(database, Mail(smtpB));
        await Task.WhenAll(a.WaitHealthyAsync(), b.WaitHealthyAsync());

        var queued = await QueueAsync(database, 1000);
        await killNow.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        a.Process.Kill(); // SIGKILL: no shutdown, its leases stay until they run out
        await a.Process.WaitForExitAsync(Ct);
        killed.SetResult();
        await WaitUntilSentAsync(database, TimeSpan.FromSeconds(60));

        var arrived = smtpA.Messages.Concat(smtpB.Messages).GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
        var twice = queued.Where(id => arrived.GetValueOrDefault(MessageId(id)) > 1).ToList();
        var lost = queued.Where(id => !arrived.ContainsKey(MessageId(id))).ToList();
        Assert.True(twice.Count == 0 && lost.Count == 0, $"{twice.Count} emails arrived more than once, {lost.Count} never; e.g. {string.Join(", ", twice.Concat(lost).Take(3))}");
        Assert.NotEmpty(smtpB.Messages);
    }

    [Fact]
    public async Task SignIn_TokensAndCookiesOfOneInstance_WorkOnTheOther()
    {
        SkipOnSqlite();
        await using var database = TestDatabase.Create();
        var demo = new Dictionary<string, string> { ["Demo__Enabled"] = "true", ["Demo__Password"] = Password };
        await using var a = new Instance(database, demo);
        await using var b = new Instance(database, demo);
        await Task.WhenAll(a.WaitHealthyAsync(), b.WaitHealthyAsync());

        // Started together on a database that did not exist: one created it, and the demo clinic was seeded once.
        await using (var db = Context(database))
        {
            Assert.Equal(1, await db.Clinics.IgnoreQueryFilters().CountAsync(Ct));
        }

        // A bearer token from A is accepted by B.
        using var token = await a.Http.PostAsJsonAsync("/api/v1/auth/token", new { email = "therapist@demo.backplan.test", password = Password }, Ct);
        token.EnsureSuccessStatusCode();
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/patients");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.Http.SendAsync(read, Ct)).StatusCode);

        // A browser: the sign-in form (and its antiforgery cookie) from A, posted to B; B's sign-in cookie then opens A's pages.
        var cookies = new CookieContainer();
        using var browserA = Browser(a, cookies);
        using var browserB = Browser(b, cookies);
        var form = await browserA.GetStringAsync("/account/sign-in", Ct);
        using var signIn = await browserB.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = Browserless.AntiforgeryTokenOf(form)!,
            ["Input.Email"] = "therapist@demo.backplan.test",
            ["Input.Password"] = Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var workspace = await browserA.GetAsync("/workspace", Ct);
        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
    }

    private static void SkipOnSqlite() => Assert.SkipWhen(TestDatabase.ProviderFromEnvironment != "Postgres",
        "Several instances share a PostgreSQL database; SQLite is one file for one instance.");

    private static Dictionary<string, string> Mail(SmtpTestServer smtp) => new()
    {
        ["Demo__Enabled"] = "false",
        ["Email__SmtpHost"] = "127.0.0.1",
        ["Email__SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email__UseStartTls"] = "false",
        ["Email__PollInterval"] = "00:00:00.2",
        // A dead instance's batch is taken over after this; a send may take half of it, ample on a busy test machine.
        ["Leases__Duration"] = "00:00:10",
    };

    private static HttpClient Browser(Instance instance, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instance.Http.BaseAddress };

    private static string MessageId(Guid id) => $"{id}@backplan";

    private static PostgresBackPlanDb Context(TestDatabase database) =>
        new(new DbContextOptionsBuilder<PostgresBackPlanDb>().UseNpgsql(database.ConnectionString).Options);

    /// <summary>Queues the emails in one statement, as a busy hour's bookings would leave them.</summary>
    private static async Task<List<Guid>> QueueAsync(TestDatabase database, int count)
    {
        var clinicId = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            ClinicId = clinicId, Kind = "several", To = $"patient-{i}@example.com", Subject = $"Email {i}", TextBody = "Body", CreatedAt = now, SendAfter = now.AddSeconds(-1),
        }).ToList();
        await using var db = Context(database);
        await ModelBulkInsert.InsertAsync(db, messages);
        return messages.Select(m => m.Id).ToList();
    }

    private static async Task WaitUntilSentAsync(TestDatabase database, TimeSpan timeout)
    {
        await using var db = Context(database);
        var waited = Stopwatch.StartNew();
        int unsent;
        while ((unsent = await db.Outbox.IgnoreQueryFilters().CountAsync(m => m.Kind == "several" && m.SentAt == null, Ct)) > 0 && waited.Elapsed < timeout)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(unsent == 0, $"{unsent} emails still unsent after {timeout}");
    }

    /// <summary>One app process on a free port, with a home directory of its own; killed when disposed.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly string _home = Directory.CreateTempSubdirectory("backplan-home-").FullName;

        public Instance(TestDatabase database, Dictionary<string, string> settings)
        {
            var port = AppProcess.FreePort();
            Process = AppProcess.Start(database, new Dictionary<string, string>(settings) { ["Urls"] = $"http://127.0.0.1:{port}", ["HOME"] = _home });
            Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        }

        public Process Process { get; }

        public HttpClient Http { get; }

        public Task WaitHealthyAsync() => AppProcess.WaitHealthyAsync(Http, Process, Ct);

        public async ValueTask DisposeAsync()
        {
            await AppProcess.StopAsync(Process);
            Process.Dispose();
            Http.Dispose();
            Directory.Delete(_home, recursive: true);
        }
    }
}
