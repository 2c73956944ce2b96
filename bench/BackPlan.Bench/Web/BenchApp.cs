using BackPlan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Bench.Web;

/// <summary>
/// The real application in process (TestServer: the whole middleware pipeline, no sockets), on the
/// benchmark's database, configured as in production except that the demo clinic is off and logs
/// are quiet. Startup runs the real migrations.
/// </summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly WebOptions _options;
    private readonly bool _captureSql;

    public BenchApp(WebOptions options, bool captureSql)
    {
        _options = options;
        _captureSql = captureSql;
        // The factory guesses the content root from the solution folder; point it at the web project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BACKPLAN_WEB", WebProjectFolder());
    }

    public static string WebProjectFolder() => Path.Combine(RepositoryRoot(), "src", "BackPlan.Web");

    /// <summary>The repository folder (where BackPlan.slnx is) above the build output.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackPlan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the BackPlan repository (BackPlan.slnx not found above the build output).");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var options = _options;
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", options.Provider);
        builder.UseSetting("ConnectionStrings:BackPlan", options.ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_captureSql)
        {
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteBackPlanDb>(o => o.AddInterceptors(SqlCapture.Instance));
                services.ConfigureDbContext<PostgresBackPlanDb>(o => o.AddInterceptors(SqlCapture.Instance));
            });
        }
    }
}
