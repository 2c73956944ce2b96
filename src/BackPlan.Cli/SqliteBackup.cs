using Microsoft.Data.Sqlite;

namespace BackPlan.Cli;

/// <summary>
/// Backup and restore of a SQLite database with SQLite's online backup API (decision 0032): the
/// copy is made page by page under one read transaction, so it is the database as of one commit
/// while the app goes on writing (the database is in WAL mode, where readers and writers do not
/// wait for each other), and a restore writes through SQLite's own locks and journal.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<string> BackupAsync(string connection, string to, bool force, CancellationToken ct)
    {
        var file = DatabaseFile(connection);
        if (!File.Exists(file))
        {
            throw new BackupFailure($"No SQLite database at {file}.");
        }

        await using var source = await OpenAsync(file, SqliteOpenMode.ReadWrite, ct);
        await RequireBackPlanAsync(source, file, ct);
        return await BackupFile.WriteAsync(to, force, async partial =>
        {
            await using var copy = await OpenAsync(partial, SqliteOpenMode.ReadWrite, ct);
            // All pages in one step (-1), so under one read transaction: no restart when a writer commits meanwhile.
            source.BackupDatabase(copy);
            // The copy of a WAL database would open in WAL mode; a backup is one self-contained file.
            await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE", ct);
            await CheckAsync(copy, to, ct);
        });
    }

    /// <summary>Restores <paramref name="backup"/>, an existing file.</summary>
    public static async Task RestoreAsync(string connection, string backup, bool force, CancellationToken ct)
    {
        var target = DatabaseFile(connection);
        if (backup == target)
        {
            throw new BackupFailure($"{backup} is the database itself: name the backup to restore from.");
        }

        await using var source = await OpenAsync(backup, SqliteOpenMode.ReadOnly, ct);
        await CheckAsync(source, backup, ct);
        await RequireBackPlanAsync(source, backup, ct);

        if (!File.Exists(target))
        {
            RemoveLeftovers(target, force);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var live = await OpenAsync(target, SqliteOpenMode.ReadWriteCreate, ct);
        if (!force && await CountAsync(live, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", ct) > 0)
        {
            throw new BackupFailure($"{target} already holds a database. Add --force to replace it with the backup (stop the app first).");
        }

        // Written through SQLite's locks and journal: a reader of the live file sees the old database or the restored one, never a mix.
        source.BackupDatabase(live);
        await ExecuteAsync(live, "PRAGMA journal_mode=WAL", ct);
    }

    /// <summary>The database file a connection string names, relative paths from the current folder (as the app's content root is).</summary>
    private static string DatabaseFile(string connection)
    {
        var csb = new SqliteConnectionStringBuilder(connection);
        if (csb.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(csb.DataSource) || csb.DataSource == ":memory:")
        {
            throw new BackupFailure("Backup and restore need a SQLite database file, not one in memory.");
        }

        return Path.GetFullPath(csb.DataSource);
    }

    /// <summary>
    /// A -wal or -shm file without its database belongs to an earlier database: SQLite would replay
    /// that WAL into the restored file and corrupt it. Deleted only when the operator says so.
    /// </summary>
    private static void RemoveLeftovers(string target, bool force)
    {
        var leftovers = new[] { target + "-wal", target + "-shm" }.Where(File.Exists).ToList();
        if (leftovers.Count > 0 && !force)
        {
            throw new BackupFailure($"{target} does not exist, but {string.Join(" and ", leftovers)} do: the rest of an earlier database, which SQLite would replay into the restored one. Move them away, or add --force to delete them.");
        }

        leftovers.ForEach(File.Delete);
    }

    private static async Task<SqliteConnection> OpenAsync(string file, SqliteOpenMode mode, CancellationToken ct)
    {
        // Not pooled: the files are moved and replaced once the command is done with them.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        // Waits for the app's writers to commit (as the app itself does) instead of failing at once.
        await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000", ct);
        return connection;
    }

    private static async Task RequireBackPlanAsync(SqliteConnection connection, string file, CancellationToken ct)
    {
        long history;
        try
        {
            history = await CountAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct);
        }
        catch (SqliteException e)
        {
            throw new BackupFailure($"{file} is not a SQLite database: {e.Message}");
        }

        if (history == 0)
        {
            throw new BackupFailure($"{file} is not a BackPlan database: it has no migration history.");
        }
    }

    /// <summary>SQLite's own check of the file's structure.</summary>
    private static async Task CheckAsync(SqliteConnection connection, string file, CancellationToken ct)
    {
        string? result;
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            result = (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (SqliteException e)
        {
            throw new BackupFailure($"{file} is not a SQLite database: {e.Message}");
        }

        if (result != "ok")
        {
            throw new BackupFailure($"{file} fails SQLite's check: {result}");
        }
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
