using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Cli;

/// <summary>
/// Backup and restore of a PostgreSQL database with pg_dump's custom format and pg_restore
/// (decision 0032). pg_dump reads one snapshot, so the backup is the database as of one moment
/// while the app goes on writing; pg_restore loads it in one transaction, so a failed restore
/// leaves the database as it was.
/// </summary>
internal static partial class PostgresBackup
{
    private const string History = "__EFMigrationsHistory";

    public static async Task<string> BackupAsync(string connection, string to, bool force, string? tools, CancellationToken ct)
    {
        var environment = PostgresTools.LibpqEnvironment(connection);
        var pgDump = PostgresTools.Find("pg_dump", tools);
        return await BackupFile.WriteAsync(to, force, partial => PostgresTools.RunAsync(
            pgDump, ["--format=custom", "--no-password", $"--file={partial}"], environment, "The backup failed", ct));
    }

    /// <summary>Restores <paramref name="backup"/>, an existing file.</summary>
    public static async Task RestoreAsync(IServiceProvider services, string connection, string backup, bool force, string? tools, CancellationToken ct)
    {
        var environment = PostgresTools.LibpqEnvironment(connection);
        var pgRestore = PostgresTools.Find("pg_restore", tools);
        var contents = await PostgresTools.RunAsync(pgRestore, ["--list", backup], environment, $"{backup} is not a backup made by 'backplan backup' on PostgreSQL", ct);
        var tables = TablesOf(contents);
        if (!tables.Contains($"public.{History}"))
        {
            throw new BackupFailure($"{backup} is not a BackPlan backup: it has no migration history.");
        }

        var replace = await PrepareAsync(services, environment["PGDATABASE"]!, tables, force, ct);
        // No owners and grants from the backup: the restored objects belong to the user restoring them, who may not be the one who made the backup.
        string[] arguments =
        [
            "--no-password", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error",
            .. replace ? ["--clean", "--if-exists"] : Array.Empty<string>(),
            $"--dbname={Conninfo("dbname", environment["PGDATABASE"]!)}", backup,
        ];
        await PostgresTools.RunAsync(pgRestore, arguments, environment, "The restore failed and changed nothing", ct);
    }

    /// <summary>
    /// Creates the database when it does not exist. An empty one is restored into as it is; one
    /// with tables only with --force, and then only when every table it has is in the backup
    /// (pg_restore --clean drops and recreates those): a table the backup lacks (say, from a newer
    /// BackPlan) would be left beside the restored ones. True when the database's tables are replaced.
    /// </summary>
    private static async Task<bool> PrepareAsync(IServiceProvider services, string name, HashSet<string> backupTables, bool force, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
            return false;
        }

        if (!await creator.HasTablesAsync(ct))
        {
            return false;
        }

        if (!force)
        {
            throw new BackupFailure($"The database {name} already holds tables. Restore into an empty database, or add --force to replace them with the backup's (stop the app first).");
        }

        var extra = (await db.Database.SqlQueryRaw<string>("""
            SELECT table_schema || '.' || table_name AS "Value" FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """).ToListAsync(ct)).Where(table => !backupTables.Contains(table)).Order(StringComparer.Ordinal).ToList();
        return extra.Count == 0
            ? true
            : throw new BackupFailure($"The database {name} has tables the backup does not ({string.Join(", ", extra)}); they would stay beside the restored ones. Restore into an empty database.");
    }

    /// <summary>The schema-qualified tables in pg_restore's list of an archive (lines like "215; 1259 16386 TABLE public Clinics backplan").</summary>
    private static HashSet<string> TablesOf(string list) =>
        TableLine().Matches(list).Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}").ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) ", RegexOptions.Multiline)]
    private static partial Regex TableLine();

    /// <summary>One libpq connection parameter, quoted as conninfo wants it.</summary>
    private static string Conninfo(string key, string value) => $"{key}='{value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", @"\'", StringComparison.Ordinal)}'";
}
