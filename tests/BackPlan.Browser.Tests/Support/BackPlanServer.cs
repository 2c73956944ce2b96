using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Browser.Tests.Support;

/// <summary>
/// The real application on a real Kestrel port on 127.0.0.1, with a fresh SQLite file and the demo
/// clinic seeded with a known password. A browser needs a socket, so the in-memory TestServer will not do.
/// Email goes to a real SMTP server on loopback (<see cref="Smtp"/>), so a journey can open the links it sends.
/// </summary>
public sealed class BackPlanServer : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Browser-Passw0rd";

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"backplan-browser-{Guid.NewGuid():N}.db");

    /// <summary>Where links in emails point; journeys swap it for <see cref="BaseAddress"/>.</summary>
    public const string PublicBaseUrl = "http://backplan.test";

    public BackPlanServer() => UseKestrel(port: 0);

    public BackPlan.Web.Tests.Support.SmtpTestServer Smtp { get; } = new();

    /// <summary>The address Kestrel bound, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The browser loads app.css and blazor.web.js: serve them from the build output as in development.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:BackPlan", $"Data Source={_databaseFile}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:RecordsForCareTeamOnly", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Each role signs in once and its cookie serves every later test (BrowserHost): the suite may run
        // longer than the 15 minutes a staff session may sit unused. IdleSignOutJourney moves the page's clock.
        builder.UseSetting("Security:IdleSignOut:Staff", "01:00:00");
        builder.UseSetting("Security:IdleSignOut:Patients", "01:00:00");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:UseStartTls", "false");
        builder.UseSetting("Email:PublicBaseUrl", PublicBaseUrl);
        // A journey waits for its email: the outbox looks every second rather than every five.
        builder.UseSetting("Email:PollInterval", "00:00:01");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }
}
