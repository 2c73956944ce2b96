using System.Net;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Platform;

public class OperationsTests(BackPlanApp app)
{
    [Fact]
    public async Task Health_DatabaseReachable_ReturnsHealthy()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HealthProbe_OnePerSecondShared_ThenProbedAgain()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var check = new BackPlan.Web.Platform.DatabaseHealthCheck(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(app.Services), time);
        var context = new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext();

        var first = check.CheckHealthAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await first).Status);
        time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Same(first, check.CheckHealthAsync(context, TestContext.Current.CancellationToken));
        time.Advance(TimeSpan.FromMilliseconds(100));
        var second = check.CheckHealthAsync(context, TestContext.Current.CancellationToken);
        Assert.NotSame(first, second);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await second).Status);
    }

    [Fact]
    public async Task Sqlite_ConnectionsWaitForALockInsteadOfSleeping()
    {
        Assert.SkipWhen(app.Provider != "Sqlite", "SQLite only");
        await using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<BackPlan.Web.Data.BackPlanDb>(scope.ServiceProvider);
        var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database, TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal(30_000L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OpenApi_DocumentsThePatientAndTokenEndpoints()
    {
        using var client = app.CreateClient();

        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = doc.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/patients", out _));
        Assert.True(paths.TryGetProperty("/api/v1/patients/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/token", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-reference", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/no-such-thing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task UnknownPage_Returns404Page()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
