using System.Net;

namespace BackPlan.Web.Platform.Telemetry;

/// <summary>
/// Section "Telemetry:Prometheus": a scrape endpoint for the app's metrics, off unless <see cref="Enabled"/>.
/// Who may scrape is decided by <see cref="ScrapeAccess"/> (decision 0033).
/// </summary>
public sealed class PrometheusOptions
{
    public const string Section = "Telemetry:Prometheus";

    public bool Enabled { get; set; }

    public string Path { get; set; } = "/metrics";

    /// <summary>When set, a scrape must arrive on this local port (one the app listens on, e.g. from ASPNETCORE_URLS, that the proxy does not forward).</summary>
    public int? Port { get; set; }

    /// <summary>The scraper's networks in CIDR form (e.g. 10.0.0.0/8); none set means this machine only (127.0.0.0/8 and ::1).</summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>The settings, checked: a wrong one stops the start with a message that says which and why.</summary>
    public static PrometheusOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PrometheusOptions>() ?? new PrometheusOptions();
        if (!options.Path.StartsWith('/') || options.Path.Length < 2)
        {
            throw new InvalidOperationException($"{Section}:Path must be a path such as /metrics, not '{options.Path}'.");
        }

        if (options.Port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{Section}:Port must be a port number (1-65535), not {options.Port}.");
        }

        _ = options.Networks();
        return options;
    }

    /// <summary>The allowed networks, parsed; loopback when none is set.</summary>
    public IReadOnlyList<IPNetwork> Networks()
    {
        if (AllowedNetworks.Length == 0)
        {
            return [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
        }

        return AllowedNetworks.Select(n => IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:AllowedNetworks: '{n}' is not a network in CIDR form with its host bits zero (e.g. 10.0.0.0/8, 192.168.1.20/32).")).ToList();
    }
}
