using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BackPlan.Web.Platform.Telemetry;

/// <summary>
/// Traces, metrics and trace ids in logs (decision 0033). The app records with System.Diagnostics
/// (<see cref="AppTelemetry"/>, <see cref="AppMetrics"/>); the OpenTelemetry SDK is only there to export,
/// and is not even registered unless something exports: OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set,
/// Prometheus when Telemetry:Prometheus:Enabled is true.
/// </summary>
public static class TelemetrySetup
{
    public const string DefaultServiceName = "backplan";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton<AppMetrics>();
        // Every log line carries the current trace and span (the JSON console writes them with the scopes:
        // appsettings.json), so a line joins its trace. The host's default too; said here because we rely on it.
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var prometheus = PrometheusOptions.From(configuration);
        var postgres = DatabaseSetup.IsPostgres(configuration);
        // What is recorded once a provider exists. These only register configuration: without an exporter
        // below no provider is built, nothing listens, and requests pay nothing.
        services.ConfigureOpenTelemetryTracerProvider(tracing =>
        {
            tracing.AddSource(AppTelemetry.Name).AddAspNetCoreInstrumentation(o =>
            {
                // Probes and scrapes every few seconds would drown the requests people make.
                o.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                    && !context.Request.Path.StartsWithSegments(prometheus.Path);
                // The route template names the request; the path and query carry ids and the secret
                // tokens of emailed links and calendar feeds, which have no place in a trace backend.
                o.EnrichWithHttpRequest = (activity, _) =>
                {
                    activity.SetTag("url.path", null);
                    activity.SetTag("url.query", null);
                };
            });
            if (postgres)
            {
                tracing.AddNpgsql(); // Npgsql's own spans: SQL with its parameter markers, never the values
            }
            else
            {
                tracing.AddEntityFrameworkCoreInstrumentation(); // SQLite has no tracing of its own; SQL with parameter markers and literals masked
            }
        });
        services.ConfigureOpenTelemetryMeterProvider(metrics =>
        {
            metrics.AddMeter(AppTelemetry.Name, "System.Runtime", "Microsoft.EntityFrameworkCore").AddAspNetCoreInstrumentation();
            if (postgres)
            {
                metrics.AddNpgsqlInstrumentation();
            }
        });

        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!otlp && !prometheus.Enabled)
        {
            return;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName));
        if (otlp)
        {
            telemetry.UseOtlpExporter(); // traces, metrics and logs; the other OTEL_EXPORTER_OTLP_* settings apply
        }

        if (prometheus.Enabled)
        {
            // Each scrape collects afresh: only allowed scrapers reach it (ScrapeAccess), so there is no flood to absorb.
            telemetry.WithMetrics(metrics => metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }
    }

    /// <summary>Serves the Prometheus scrape to allowed scrapers (<see cref="ScrapeAccess"/>) when enabled; otherwise adds nothing.</summary>
    public static void UsePrometheusScrape(this WebApplication app)
    {
        var options = PrometheusOptions.From(app.Configuration);
        if (options.Enabled)
        {
            var access = new ScrapeAccess(options);
            app.UseOpenTelemetryPrometheusScrapingEndpoint(access.Allows);
        }
    }
}
