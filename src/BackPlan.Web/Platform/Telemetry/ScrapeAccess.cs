using System.Net;

namespace BackPlan.Web.Platform.Telemetry;

/// <summary>
/// Who may read the metrics (decision 0033). They hold no patient data, but request rates per route and
/// job failures are nobody else's business, so a scrape must come straight from an allowed network
/// (this machine by default), and on <see cref="PrometheusOptions.Port"/> when one is set. A request that
/// came through a proxy is refused whatever its address: a reverse proxy on this machine makes every
/// visitor look like loopback. Everyone else gets the site's ordinary 404, as if there were no endpoint.
/// </summary>
public sealed class ScrapeAccess(PrometheusOptions options)
{
    private readonly PathString _path = new(options.Path);
    private readonly IReadOnlyList<IPNetwork> _networks = options.Networks();

    public bool Allows(HttpContext context) =>
        context.Request.Path.Equals(_path, StringComparison.OrdinalIgnoreCase)
        && (options.Port is not { } port || context.Connection.LocalPort == port)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("Forwarded")
        && context.Connection.RemoteIpAddress is { } address
        && FromAllowedNetwork(address);

    private bool FromAllowedNetwork(IPAddress address)
    {
        // A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d.
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(ip));
    }
}
