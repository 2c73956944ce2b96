using Npgsql;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// A throwaway database for one app instance. SQLite: a temporary file. PostgreSQL: a fresh
/// database on the cluster named by BACKPLAN_TEST_POSTGRES (test.sh starts one), dropped afterwards.
/// BACKPLAN_TEST_PROVIDER picks the provider (Sqlite by default).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly string? _postgresAdmin;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresName, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        _postgresAdmin = postgresAdmin;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string ProviderFromEnvironment => Environment.GetEnvironmentVariable("BACKPLAN_TEST_PROVIDER") ?? "Sqlite";

    public static TestDatabase Create()
    {
        if (ProviderFromEnvironment.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var admin = Environment.GetEnvironmentVariable("BACKPLAN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("BACKPLAN_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL.");
            var name = "bp_" + Guid.NewGuid().ToString("N");
            var csb = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true };
            return new TestDatabase("Postgres", csb.ConnectionString, null, name, admin);
        }

        var file = Path.Combine(Path.GetTempPath(), $"backplan-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", file, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        else if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
