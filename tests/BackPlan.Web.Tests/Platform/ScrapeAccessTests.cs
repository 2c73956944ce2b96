using System.Net;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace BackPlan.Web.Tests.Platform;

/// <summary>Who may read the Prometheus scrape, from the settings (decision 0033).</summary>
public sealed class ScrapeAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("2001:db8::1", false)]
    public void Default_OnlyThisMachine(string client, bool allowed) =>
        Assert.Equal(allowed, Access().Allows(Scrape(client)));

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("::ffff:10.200.0.1", true)]
    [InlineData("192.168.7.7", true)]
    [InlineData("192.168.8.7", false)]
    [InlineData("127.0.0.1", false)]
    public void ConfiguredNetworks_ReplaceTheDefault(string client, bool allowed) =>
        Assert.Equal(allowed, Access(("AllowedNetworks:0", "10.0.0.0/8"), ("AllowedNetworks:1", " 192.168.7.0/24")).Allows(Scrape(client)));

    [Fact]
    public void Port_WhenSet_OnlyThatLocalPort()
    {
        var access = Access(("Port", "9464"));

        Assert.True(access.Allows(Scrape("127.0.0.1", localPort: 9464)));
        Assert.False(access.Allows(Scrape("127.0.0.1", localPort: 8080)));
    }

    [Fact]
    public void PathAndProxies_OnlyTheScrapePathAndNeverThroughAProxy()
    {
        var access = Access(("Path", "/internal/metrics"));

        Assert.True(access.Allows(Scrape("127.0.0.1", path: "/internal/metrics")));
        Assert.False(access.Allows(Scrape("127.0.0.1", path: "/metrics")));
        var proxied = Scrape("127.0.0.1", path: "/internal/metrics");
        proxied.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
        Assert.False(access.Allows(proxied));
    }

    [Theory]
    [InlineData("AllowedNetworks:0", "10.0.0.0/33", "'10.0.0.0/33' is not a network in CIDR form")]
    [InlineData("AllowedNetworks:0", "everyone", "'everyone' is not a network in CIDR form")]
    [InlineData("Path", "metrics", "Path must be a path such as /metrics")]
    [InlineData("Port", "70000", "Port must be a port number")]
    public void WrongSetting_SaysWhichAndWhy(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Access((key, value)));

        Assert.Contains($"Telemetry:Prometheus:{key.Split(':')[0]}", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static ScrapeAccess Access(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create($"{PrometheusOptions.Section}:{s.Key}", (string?)s.Value))).Build();
        return new ScrapeAccess(PrometheusOptions.From(configuration));
    }

    private static DefaultHttpContext Scrape(string client, int localPort = 5080, string path = "/metrics")
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(client);
        context.Connection.LocalPort = localPort;
        context.Request.Path = path;
        return context;
    }
}
