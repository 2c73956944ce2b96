using System.Diagnostics;
using System.Net;
using BackPlan.Web.Features.Waitlist;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Telemetry;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// An app with telemetry on: the Prometheus scrape enabled, spans collected by a test processor (in
/// place of an OTLP collector), client addresses chosen by the tests, and the expired-offer scan run
/// every 200 ms so a job run comes along soon.
/// </summary>
public sealed class TelemetryApp : BackPlanApp
{
    public SpanRecorder Spans { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Telemetry:Prometheus:Enabled", "true");
        builder.UseSetting("Waitlist:PassOnInterval", "00:00:00.200");
        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<IStartupFilter, ClientIpFromHeader>();
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddProcessor(Spans));
        });
    }
}

public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_IsAServerSpanNamedByItsRoute_WithoutItsPath()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var trace = ActivityTraceId.CreateRandom();

        await SendInTraceAsync(client, $"/api/v1/patients/{clinic.PatientId}", trace);

        var span = await app.Spans.WaitForAsync(s => s.TraceId == trace && s.Kind == ActivityKind.Server);
        Assert.Equal("/api/v1/patients/{id:guid}", span.GetTagItem("http.route"));
        Assert.Equal("GET /api/v1/patients/{id:guid}", span.DisplayName);
        Assert.Equal(200, Convert.ToInt32(span.GetTagItem("http.response.status_code"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(span.TagObjects, t => $"{t.Value}".Contains(clinic.PatientId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DatabaseCall_IsAClientSpanInTheRequestsTrace_WithoutTheValues()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var trace = ActivityTraceId.CreateRandom();
        var surname = $"Self{clinic.Tag}";

        await SendInTraceAsync(client, $"/api/v1/patients?search={surname}", trace);

        var query = await app.Spans.WaitForAsync(s => s.TraceId == trace && s.Kind == ActivityKind.Client
            && $"{s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")}".Contains("Patients", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(app.Provider == "Postgres" ? "postgresql" : "sqlite", query.GetTagItem("db.system.name") ?? query.GetTagItem("db.system"));
        var server = await app.Spans.WaitForAsync(s => s.TraceId == trace && s.Kind == ActivityKind.Server);
        foreach (var span in new[] { query, server })
        {
            Assert.DoesNotContain(span.TagObjects, t => $"{t.Value}".Contains(surname, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task OutboxDepth_QueuedMessages_AreReportedByState()
    {
        using var metrics = new MetricRecorder(app, AppMetrics.OutboxMessages);
        var before = Depth(metrics);
        var clinic = await TestClinic.CreateAsync(app);
        await clinic.QueryAsync(db =>
        {
            db.Outbox.Add(new OutboxMessage { Kind = "test", To = $"due-{clinic.Tag}@example.com", Subject = "Due", TextBody = "Body", SendAfter = DateTime.UtcNow.AddMinutes(-1) });
            db.Outbox.Add(new OutboxMessage { Kind = "test", To = $"later-{clinic.Tag}@example.com", Subject = "Later", TextBody = "Body", SendAfter = DateTime.UtcNow.AddDays(1) });
            return db.SaveChangesAsync(Ct);
        });

        var queued = Depth(metrics);
        Assert.Equal(before["due"] + 1, queued["due"]);
        Assert.Equal(before["scheduled"] + 1, queued["scheduled"]);

        await app.Services.GetRequiredService<OutboxSender>().DrainAsync(Ct);

        var sent = Depth(metrics);
        Assert.Equal(0, sent["due"]);
        Assert.Equal(queued["scheduled"], sent["scheduled"]);
    }

    [Fact]
    public async Task BackgroundJob_Run_IsCountedTimedAndTraced()
    {
        using var metrics = new MetricRecorder(app, AppMetrics.JobRuns, AppMetrics.JobDuration);
        var ofTheScan = (MetricRecorder.Recorded r) => (string?)r[AppMetrics.JobTag] == ExpiredOfferScan.Job;

        var run = await metrics.WaitForAsync(AppMetrics.JobRuns, ofTheScan);
        var duration = await metrics.WaitForAsync(AppMetrics.JobDuration, ofTheScan);

        Assert.Equal(1, run.Value);
        Assert.Null(run["error.type"]);
        Assert.True(duration.Value >= 0);
        var span = await app.Spans.WaitForAsync(s => s.Source.Name == AppTelemetry.Name && s.DisplayName == ExpiredOfferScan.Job);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(ExpiredOfferScan.Job, span.GetTagItem(AppMetrics.JobTag));
    }

    [Fact]
    public async Task Metrics_FromThisMachine_ArePrometheusTextWithTheRequestMetric()
    {
        using var hosting = new MetricRecorder(app, "http.server.request.duration");
        using var client = ClientIpFromHeader.NewClient(app, "127.0.0.1");
        var recorded = hosting.WaitForAsync("http.server.request.duration", r => $"{r["http.route"]}".StartsWith("/api/v1/instruments", StringComparison.Ordinal));
        (await client.GetAsync("/api/v1/instruments", Ct)).EnsureSuccessStatusCode();
        var route = (string)(await recorded)["http.route"]!;

        var scrape = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Equal("nosniff", scrape.Headers.GetValues("X-Content-Type-Options").Single());
        var text = await scrape.Content.ReadAsStringAsync(Ct);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains($"http_route=\"{route}\"", text, StringComparison.Ordinal);
        Assert.Contains("backplan_outbox_messages{", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.9", null)]
    [InlineData("127.0.0.1", "X-Forwarded-For")]
    [InlineData("127.0.0.1", "Forwarded")]
    [InlineData(null, null)]
    public async Task Metrics_FromElsewhereOrThroughAProxy_AreNotFound(string? clientIp, string? proxyHeader)
    {
        using var client = clientIp is null ? app.CreateClient() : ClientIpFromHeader.NewClient(app, clientIp);
        if (proxyHeader is not null)
        {
            client.DefaultRequestHeaders.Add(proxyHeader, proxyHeader == "Forwarded" ? "for=198.51.100.7" : "198.51.100.7");
        }

        var scrape = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await scrape.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task SendInTraceAsync(HttpClient client, string url, ActivityTraceId trace)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        (await client.SendAsync(request, Ct)).EnsureSuccessStatusCode();
    }

    private static Dictionary<string, double> Depth(MetricRecorder metrics) =>
        metrics.Observe(AppMetrics.OutboxMessages).ToDictionary(m => (string)m[AppMetrics.StateTag]!, m => m.Value);
}

/// <summary>The default app exports nothing: no OpenTelemetry SDK in it, and no scrape endpoint.</summary>
public sealed class TelemetryDefaultsTests(BackPlanApp app)
{
    [Fact]
    public async Task Defaults_NothingExports_NoSdkAndNoScrapeEndpoint()
    {
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        using var client = app.CreateClient();

        var scrape = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
    }
}
