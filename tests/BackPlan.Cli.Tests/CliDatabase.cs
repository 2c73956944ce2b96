using BackPlan.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BackPlan.Cli.Tests;

/// <summary>
/// A database of one test, not created yet: a SQLite file in the test's folder, or (when
/// BACKPLAN_TEST_PROVIDER=Postgres) a database of its own on the cluster BACKPLAN_TEST_POSTGRES names,
/// dropped afterwards.
/// </summary>
internal sealed class CliDatabase : IAsyncDisposable
{
    private CliDatabase(bool postgres, string connection, string? file, string? admin)
    {
        Postgres = postgres;
        Connection = connection;
        File = file;
        _admin = admin;
    }

    private readonly string? _admin;

    public static bool PostgresFromEnvironment =>
        string.Equals(Environment.GetEnvironmentVariable("BACKPLAN_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public bool Postgres { get; }

    public string Connection { get; }

    /// <summary>The PostgreSQL database's name, or the SQLite file's path.</summary>
    public string Name => File ?? new NpgsqlConnectionStringBuilder(Connection).Database!;

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? File { get; }

    /// <summary>--provider and --connection for this database.</summary>
    public string[] Options => ["--provider", Postgres ? "postgres" : "sqlite", "--connection", Connection];

    public static CliDatabase Create(string folder, bool? postgres = null)
    {
        if (postgres ?? PostgresFromEnvironment)
        {
            var admin = Environment.GetEnvironmentVariable("BACKPLAN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("BACKPLAN_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL.");
            var csb = new NpgsqlConnectionStringBuilder(admin) { Database = "bp_" + Guid.NewGuid().ToString("N") };
            return new CliDatabase(true, csb.ConnectionString, null, admin);
        }

        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return new CliDatabase(false, $"Data Source={file}", file, null);
    }

    public WebApplication App(IEnumerable<KeyValuePair<string, string?>>? settings = null) => DatabaseOptions.CreateApp(Postgres, Connection, settings);

    public async Task<T> QueryAsync<T>(Func<BackPlanDb, Task<T>> query)
    {
        await using var app = App();
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BackPlanDb>());
    }

    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { File, File + "-wal", File + "-shm" })
            {
                System.IO.File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
