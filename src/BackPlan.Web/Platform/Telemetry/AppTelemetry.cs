using System.Diagnostics;

namespace BackPlan.Web.Platform.Telemetry;

/// <summary>
/// The app's own ActivitySource and Meter name. Without a listener (no exporter configured) starting
/// an activity returns null and recording a measurement returns at once, so the calls cost next to
/// nothing (docs/decisions/0033-observability.md).
/// </summary>
public static class AppTelemetry
{
    public const string Name = "BackPlan";

    public static readonly ActivitySource Source = new(Name);
}
