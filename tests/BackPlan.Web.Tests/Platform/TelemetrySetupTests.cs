using BackPlan.Web.Platform.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackPlan.Web.Tests.Platform;

/// <summary>The OpenTelemetry SDK is there only for what exports: nothing configured, nothing built (decision 0033).</summary>
public sealed class TelemetrySetupTests
{
    [Theory]
    [InlineData(false, false, false, false)]
    [InlineData(false, true, false, true)]
    [InlineData(true, false, true, true)]
    [InlineData(true, true, true, true)]
    public async Task Providers_OnlyForWhatExports(bool otlp, bool prometheus, bool tracing, bool metrics)
    {
        var builder = WebApplication.CreateBuilder();
        if (otlp)
        {
            builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317";
        }

        builder.Configuration["Telemetry:Prometheus:Enabled"] = prometheus ? "true" : "false";
        builder.AddTelemetry();
        await using var app = builder.Build();

        Assert.Equal(tracing, app.Services.GetService<TracerProvider>() is not null);
        Assert.Equal(metrics, app.Services.GetService<MeterProvider>() is not null);
    }
}
