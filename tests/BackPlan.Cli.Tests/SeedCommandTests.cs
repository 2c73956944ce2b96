using Microsoft.Data.Sqlite;

namespace BackPlan.Cli.Tests;

/// <summary>Runs <c>seed</c> for real on a temporary SQLite file (migrations, generator, bulk insert).</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("backplan-seed-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Seed_200Episodes_WritesEpisodesAndTheirOutcomeRecords()
    {
        var file = Path.Combine(folder, "seed.db");

        var (exit, stdout, stderr) = await BackplanCli.InvokeAsync("seed", "--episodes", "200", "--provider", "sqlite", "--connection", $"Data Source={file}", "--seed", "7");

        Assert.True(exit == 0, stderr);
        Assert.Contains("with 200 episodes", stdout, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(200L, await CountAsync(connection, "Episodes"));
        Assert.Equal(200L, await CountAsync(connection, "EpisodeOutcomeRecord"));
        Assert.Equal(1L, await CountAsync(connection, "Clinics"));
    }

    [Fact]
    public async Task Recompute_AfterSeed_RewritesRecordsFromTheDataAndRebuildsTheAggregates()
    {
        var file = Path.Combine(folder, "recompute.db");
        var connectionString = $"Data Source={file}";
        Assert.Equal(0, (await BackplanCli.InvokeAsync("seed", "--episodes", "120", "--connection", connectionString, "--seed", "3")).Exit);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            // The generator writes records without questionnaires behind them: recomputing from the data clears their scores.
            Assert.True(await CountAsync(connection, "EpisodeOutcomeRecord", "\"PainBaseline\" IS NOT NULL") > 0);
            Assert.Equal(0L, await CountAsync(connection, "OutcomeAggregateChange"));
        }

        var (exit, stdout, stderr) = await BackplanCli.InvokeAsync("recompute", "--connection", connectionString);

        Assert.True(exit == 0, stderr);
        Assert.Contains("120 episode records recomputed", stdout, StringComparison.Ordinal);
        await using var after = new SqliteConnection(connectionString);
        await after.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await CountAsync(after, "EpisodeOutcomeRecord", "\"PainBaseline\" IS NOT NULL"));
        Assert.Equal(0L, await CountAsync(after, "OutcomeAggregateChange"));
        await using var sum = after.CreateCommand();
        sum.CommandText = "SELECT SUM(\"Started\"), SUM(\"PainBaselines\") FROM \"OutcomeAggregate\"";
        await using var reader = await sum.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(120L, reader.GetInt64(0));
        Assert.Equal(0L, reader.GetInt64(1));
    }

    [Fact]
    public async Task Recompute_UnknownClinic_FailsNamingIt()
    {
        var file = Path.Combine(folder, "none.db");
        var id = Guid.NewGuid();

        var (exit, _, stderr) = await BackplanCli.InvokeAsync("recompute", "--clinic", id.ToString(), "--connection", $"Data Source={file}");

        Assert.Equal(1, exit);
        Assert.Contains(id.ToString(), stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("0")]
    public async Task Seed_BadEpisodes_FailsNamingTheOption(string value)
    {
        var (exit, _, stderr) = await BackplanCli.InvokeAsync("seed", "--episodes", value, "--connection", $"Data Source={Path.Combine(folder, "bad.db")}");

        Assert.NotEqual(0, exit);
        Assert.Contains("--episodes", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "bad.db")));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, string where = "1 = 1")
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {where}";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
