using System.Xml.Linq;
using BackPlan.Web.Platform;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// compose.yaml (decision 0035): the app's image beside PostgreSQL. No container engine runs here, so
/// the file is read as Compose reads it and held against what the app and its image really do; the
/// app's health check runs as written against a real app.
/// </summary>
public sealed class ComposeFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly XDocument Project = XDocument.Load(Path.Combine(Repository.Root, "src", "BackPlan.Web", "BackPlan.Web.csproj"));

    [Fact]
    public void Compose_Services_AreTheAppsImageAndPostgres()
    {
        var compose = ComposeFile.Load();

        Assert.Equal(["app", "db"], compose.Services.Keys.Order());
        Assert.Equal($"{Project.Descendants("ContainerRepository").Single().Value}:latest", compose.Services["app"].Image);
        Assert.Equal("never", compose.Services["app"].PullPolicy); // made by dotnet publish, never pulled
        Assert.StartsWith("postgres:", compose.Services["db"].Image, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("chosen-in-the-shell")]
    public void Compose_AppDatabaseSettings_AreTheOnesTheAppReads_AndReachTheDatabase(string? password)
    {
        var compose = ComposeFile.Load(password is null ? null : new Dictionary<string, string> { ["BACKPLAN_DB_PASSWORD"] = password });
        var db = compose.Services["db"].Environment;
        // Environment variables become settings with "__" read as ":", as the app's host reads them.
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(compose.Services["app"].Environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();

        Assert.Equal(DatabaseSetup.Postgres, settings[DatabaseSetup.ProviderSetting]);
        var connection = new NpgsqlConnectionStringBuilder(settings.GetConnectionString(DatabaseSetup.ConnectionName));
        Assert.Equal("db", connection.Host); // the database service, by its name on the compose network
        Assert.Equal(db["POSTGRES_DB"], connection.Database);
        Assert.Equal(db["POSTGRES_USER"], connection.Username);
        Assert.Equal(db["POSTGRES_PASSWORD"], connection.Password);
        Assert.Equal(password ?? "backplan", connection.Password);
    }

    [Fact]
    public void Compose_App_PublishesThePortItsImageListensOn_OnThisMachineOnly()
    {
        var imagePort = Project.Descendants("ContainerEnvironmentVariable").Single(e => (string?)e.Attribute("Include") == "ASPNETCORE_HTTP_PORTS").Attribute("Value")!.Value;

        var compose = ComposeFile.Load();

        Assert.Equal("8080", imagePort);
        Assert.Equal([$"127.0.0.1:8080:{imagePort}"], compose.Services["app"].Ports); // reachable from this machine only
        Assert.Empty(compose.Services["db"].Ports); // only the app reaches the database
    }

    [Fact]
    public void Compose_App_StartsOnceTheDatabaseIsHealthy()
    {
        var compose = ComposeFile.Load();

        Assert.Equal("service_healthy", compose.Services["app"].DependsOn["db"].Condition);
        Assert.Contains("pg_isready", compose.Services["db"].Healthcheck!.Test);
    }

    [Fact]
    public void Compose_Database_KeepsItsDataInANamedVolume()
    {
        var compose = ComposeFile.Load();

        Assert.Equal(["db-data:/var/lib/postgresql/data"], compose.Services["db"].Volumes);
        Assert.Contains("db-data", compose.Volumes.Keys);
    }

    [Fact]
    public async Task AppHealthcheck_AgainstTheRealApp_Passes()
    {
        await using var database = TestDatabase.Create();
        var port = AppProcess.FreePort();
        using var app = AppProcess.Start(database, new Dictionary<string, string> { ["Demo__Enabled"] = "false", ["ASPNETCORE_HTTP_PORTS"] = Text(port) });
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await AppProcess.WaitHealthyAsync(http, app, Ct);

            Assert.Equal(0, await RunHealthcheckAsync(port));
        }
        finally
        {
            await AppProcess.StopAsync(app);
        }
    }

    [Fact]
    public async Task AppHealthcheck_WhenHealthAnswersUnhealthy_Fails()
    {
        var port = AppProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var unhealthy = builder.Build();
        unhealthy.MapGet("/health", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await unhealthy.StartAsync(Ct);

        Assert.NotEqual(0, await RunHealthcheckAsync(port));
    }

    [Fact]
    public async Task AppHealthcheck_WhenNothingListens_Fails()
    {
        Assert.NotEqual(0, await RunHealthcheckAsync(AppProcess.FreePort()));
    }

    /// <summary>The app's health check exactly as compose.yaml gives it to the container, with the image's port setting.</summary>
    private static async Task<int> RunHealthcheckAsync(int port)
    {
        var test = ComposeFile.Load().Services["app"].Healthcheck!.Test;
        Assert.Equal(["CMD", "bash", "-c"], test.Take(3));
        Assert.Contains("/health", test[3], StringComparison.Ordinal);
        var result = await Tools.RunAsync(test[1], test.Skip(2), Ct, new Dictionary<string, string?> { ["ASPNETCORE_HTTP_PORTS"] = Text(port) });
        return result.ExitCode;
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
