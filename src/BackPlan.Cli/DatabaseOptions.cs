using System.CommandLine;
using BackPlan.Web.Features;
using BackPlan.Web.Features.Demo;
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
    private const string DefaultSqlite = "Data Source=backplan.db";

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

    public bool IsPostgres(ParseResult parse) => parse.GetValue(Provider) == "postgres";

    /// <summary>The connection string the options name (SQLite's default when left out); null (and a message) when PostgreSQL has none.</summary>
    public string? ConnectionString(ParseResult parse, TextWriter stderr)
    {
        var connection = parse.GetValue(Connection);
        if (IsPostgres(parse) && string.IsNullOrWhiteSpace(connection))
        {
            stderr.WriteLine("--connection is required with --provider postgres.");
            return null;
        }

        return connection is { Length: > 0 } ? connection : DefaultSqlite;
    }

    /// <summary>The app's services on the database the options name; null (and a message) when PostgreSQL has no connection string.</summary>
    public WebApplication? Build(ParseResult parse, TextWriter stderr) =>
        ConnectionString(parse, stderr) is { } connection ? CreateApp(IsPostgres(parse), connection) : null;

    /// <summary>The app's services on one database; <paramref name="settings"/> add to or override the command line's own.</summary>
    internal static WebApplication CreateApp(bool postgres, string connection, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres ? DatabaseSetup.Postgres : DatabaseSetup.Sqlite,
            ["ConnectionStrings:BackPlan"] = connection,
            ["Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddPlatform();
        builder.Services.AddFeatureServices();
        builder.Services.AddDemoClinic(builder.Configuration);
        return builder.Build();
    }
}
