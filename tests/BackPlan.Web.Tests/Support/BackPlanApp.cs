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
        // Tests send the outbox themselves (OutboxSender.SendDueAsync); mail without SMTP goes to a temporary folder.
        builder.UseSetting("Email:PollInterval", "01:00:00");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("PostSession:PollInterval", "01:00:00");
        // Tests run bulk exports themselves (BulkExportRunner.RunDueAsync).
        builder.UseSetting("Fhir:Export:PollInterval", "01:00:00");
        builder.UseSetting("Outcomes:RebuildPollInterval", "01:00:00");
        // Every test signs in from the same (absent) client address; SignInThrottleTests runs an app with the real limit.
        builder.UseSetting("SignIn:AttemptLimit", "1000000");
        Configure(builder);
    }

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"backplan-mail-{Guid.NewGuid():N}");

    /// <summary>Further settings of a specialised app (e.g. a real SMTP server).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public virtual ValueTask InitializeAsync()
    {
        // Starts the host: migrations and (when enabled) the demo seed run now.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
