using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// The real application over HTTP on a real database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>).
/// One instance serves the whole assembly; every test makes its own clinic, so tests never share rows.
/// </summary>
public class BackPlanApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public string Provider => _database.Provider;

    protected virtual bool DemoEnabled => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:BackPlan", _database.ConnectionString);
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Demo:Password", TestClinic.Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public ValueTask InitializeAsync()
    {
        // Starts the host: migrations and (when enabled) the demo seed run now.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
