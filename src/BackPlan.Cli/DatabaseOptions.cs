using System.CommandLine;
using BackPlan.Web.Features;
using BackPlan.Web.Platform;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace BackPlan.Cli;

/// <summary>
/// <c>--provider</c> and <c>--connection</c> of the database commands, and the app's own services
/// on that database (its DbContext, interceptors and query filters; nothing is started or served).
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string> Provider { get; } = new("--provider")
    {
        Description = "sqlite or postgres.",
        DefaultValueFactory = _ => "sqlite",
    };

    public Option<string> Connection { get; } = new("--connection")
    {
        Description = "Connection string (default for SQLite: Data Source=backplan.db in the current folder).",
    };

    public DatabaseOptions() => Provider.AcceptOnlyFromAmong("sqlite", "postgres");

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>The app's services on the database the options name; null (and a message) when PostgreSQL has no connection string.</summary>
    public WebApplication? Build(ParseResult parse, TextWriter stderr)
    {
        var postgres = parse.GetValue(Provider) == "postgres";
        var connection = parse.GetValue(Connection);
        if (postgres && string.IsNullOrWhiteSpace(connection))
        {
            stderr.WriteLine("--connection is required with --provider postgres.");
            return null;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres ? DatabaseSetup.Postgres : DatabaseSetup.Sqlite,
            ["ConnectionStrings:BackPlan"] = connection is { Length: > 0 } ? connection : "Data Source=backplan.db",
            ["Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddPlatform();
        builder.Services.AddFeatureServices();
        return builder.Build();
    }
}
