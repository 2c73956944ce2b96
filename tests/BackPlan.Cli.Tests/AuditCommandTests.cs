using BackPlan.Web.Platform.Auditing;
using Microsoft.Data.Sqlite;

namespace BackPlan.Cli.Tests;

/// <summary><c>backplan audit verify</c> on a real SQLite file: an intact chain, then one with an entry slipped in past the app.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("backplan-audit-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Verify_ReportsAnIntactChain_ThenTheFirstBrokenLink()
    {
        var connection = $"Data Source={Path.Combine(folder, "audit.db")}";
        Assert.Equal(0, (await BackplanCli.InvokeAsync("migrate", "--connection", connection)).Exit);
        var clinic = Guid.CreateVersion7();
        var chain = Enumerable.Range(1, 3).Select(minutes => new AuditEntry
        {
            ClinicId = clinic,
            At = DateTime.UtcNow.AddMinutes(minutes),
            UserName = "Anna Nowak",
            Role = "Practitioner",
            Action = "patient.read",
        }).ToList();
        AuditChain.Extend(0, null, chain);
        foreach (var entry in chain)
        {
            await InsertAsync(connection, entry);
        }

        var (exit, stdout, stderr) = await BackplanCli.InvokeAsync("audit", "verify", "--connection", connection);

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains($"Clinic {clinic}: intact, 3 entries; last hash {chain[^1].Hash}.", stdout, StringComparison.Ordinal);
        Assert.Contains("All 1 audit chains are intact.", stdout, StringComparison.Ordinal);

        // Entry 4 written straight into the file with a hash that does not follow from entry 3.
        var forged = new AuditEntry { ClinicId = clinic, At = AuditChain.Stored(DateTime.UtcNow.AddHours(1)), UserName = "Nobody", Action = "patient.read", Sequence = 4 };
        forged.Hash = AuditChain.HashOf(null, forged);
        await InsertAsync(connection, forged);

        (exit, stdout, _) = await BackplanCli.InvokeAsync("audit", "verify", "--connection", connection, "--clinic", clinic.ToString());

        Assert.Equal(AuditCommand.Broken, exit);
        Assert.Contains($"Clinic {clinic}: BROKEN at entry 4 (entry id {forged.Id}", stdout, StringComparison.Ordinal);
        Assert.Contains("does not match its hash", stdout, StringComparison.Ordinal);
        Assert.Contains("The 3 entries before it hold.", stdout, StringComparison.Ordinal);
        Assert.Contains("1 of 1 audit chains are broken.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnUnknownClinic_SaysSoAndFails()
    {
        var connection = $"Data Source={Path.Combine(folder, "empty.db")}";
        var id = Guid.CreateVersion7();

        var (exit, _, stderr) = await BackplanCli.InvokeAsync("audit", "verify", "--connection", connection, "--clinic", id.ToString());

        Assert.Equal(1, exit);
        Assert.Contains($"No clinic with id {id}.", stderr, StringComparison.Ordinal);
    }

    // As EF keeps them on SQLite: ids as upper-case text, times as text.
    private static async Task InsertAsync(string connectionString, AuditEntry e)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "AuditEntries" ("Id", "ClinicId", "At", "UserName", "Role", "Action", "Sequence", "Hash")
            VALUES ($id, $clinic, $at, $user, $role, $action, $sequence, $hash)
            """;
        command.Parameters.AddWithValue("$id", e.Id.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$clinic", e.ClinicId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$at", e.At.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$user", e.UserName);
        command.Parameters.AddWithValue("$role", (object?)e.Role ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", e.Action);
        command.Parameters.AddWithValue("$sequence", e.Sequence!.Value);
        command.Parameters.AddWithValue("$hash", e.Hash);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
