using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// The app as its own process with its console in JSON (as in production), request logging on, and the
/// Prometheus scrape on a second port of its own: what only real sockets and a real console show.
/// </summary>
public sealed class TelemetryProcess : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private Process? _app;

    public Arrivals<JsonElement> LogLines { get; } = new();

    public HttpClient App { get; private set; } = null!;

    public HttpClient Scraper { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var appPort = AppProcess.FreePort();
        var metricsPort = AppProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{appPort};http://127.0.0.1:{metricsPort}",
            ["Demo__Enabled"] = "false",
            ["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging"] = "Information",
            ["Telemetry__Prometheus__Enabled"] = "true",
            ["Telemetry__Prometheus__Port"] = metricsPort.ToString(CultureInfo.InvariantCulture),
        };
        _app = AppProcess.Start(_database, environment, output: line =>
        {
            // Anything else on the console (e.g. the runtime's own messages) is not a log line.
            if (line.StartsWith('{') && line.EndsWith('}'))
            {
                LogLines.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        });
        App = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}"), Timeout = TimeSpan.FromSeconds(30) };
        Scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}"), Timeout = TimeSpan.FromSeconds(30) };
        await AppProcess.WaitHealthyAsync(App, _app, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await AppProcess.StopAsync(_app);
            _app.Dispose();
        }

        App.Dispose();
        Scraper.Dispose();
        await _database.DisposeAsync();
    }
}

public sealed class TelemetryProcessTests(TelemetryProcess app) : IClassFixture<TelemetryProcess>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonLogLine_OfARequest_CarriesItsTraceId()
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instruments");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        (await app.App.SendAsync(request, Ct)).EnsureSuccessStatusCode();

        var line = await app.LogLines.WaitForAsync(l => Scope(l, "TraceId") == trace.ToHexString()
            && l.GetProperty("Category").GetString() == "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware");
        Assert.Equal("/api/v1/instruments", line.GetProperty("State").GetProperty("Path").GetString());
        Assert.True(DateTime.TryParse(line.GetProperty("Timestamp").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Matches("^[0-9a-f]{16}$", Scope(line, "SpanId"));
    }

    /// <summary>A value from the line's scopes (objects of names and values; a scope begun with plain text is a string).</summary>
    private static string? Scope(JsonElement line, string name) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out _))
                .Select(s => s.GetProperty(name).GetString()).FirstOrDefault()
            : null;

    [Fact]
    public async Task Metrics_OnTheirOwnPort_AndNowhereElse()
    {
        (await app.App.GetAsync("/api/v1/instruments", Ct)).EnsureSuccessStatusCode();

        var onTheAppsPort = await app.App.GetAsync("/metrics", Ct);
        var onTheirPort = await app.Scraper.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, onTheAppsPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTheirPort.StatusCode);
        Assert.Contains("backplan_outbox_messages{", await onTheirPort.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
