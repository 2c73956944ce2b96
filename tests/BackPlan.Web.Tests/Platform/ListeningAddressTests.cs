using System.Net;
using BackPlan.Web.Platform;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// The standard .NET settings decide where the app listens (containers rely on them); without any,
/// the default is http://localhost:5080. The app runs as its own process: the test host has no sockets.
/// </summary>
public sealed class ListeningAddressTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Ways => ["ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS", "--urls"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Start_WithAStandardSetting_ListensWhereItSays(string way)
    {
        await using var database = TestDatabase.Create();
        var port = AppProcess.FreePort();
        var environment = new Dictionary<string, string> { ["Demo__Enabled"] = "false" };
        string[] arguments = [];
        switch (way)
        {
            case "ASPNETCORE_HTTP_PORTS": environment[way] = port.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "ASPNETCORE_URLS": environment[way] = $"http://127.0.0.1:{port}"; break;
            default: arguments = ["--urls", $"http://127.0.0.1:{port}"]; break;
        }

        using var app = AppProcess.Start(database, environment, arguments);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await AppProcess.WaitHealthyAsync(http, app, Ct);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", Ct)).StatusCode);
        }
        finally
        {
            await AppProcess.StopAsync(app);
        }
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("urls", "http://+:8080", false)]
    [InlineData("http_ports", "8080", false)]
    [InlineData("https_ports", "8443", false)]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://+:8080", false)]
    public void DefaultAddress_OnlyWhenNothingElseIsSet(string? key, string? value, bool needed)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(needed, DefaultAddress.IsNeeded(configuration));
        Assert.Equal("http://localhost:5080", DefaultAddress.Url);
    }
}
