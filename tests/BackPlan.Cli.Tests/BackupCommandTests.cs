using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Demo;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Cli.Tests;

/// <summary>
/// <c>backplan backup</c> and <c>restore</c> for real, on the database BACKPLAN_TEST_PROVIDER names
/// (SQLite's online backup API; PostgreSQL's pg_dump and pg_restore): a demo clinic and a seeded one
/// with their audit chains go out and come back record for record.
/// </summary>
public sealed class BackupCommandTests : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("backplan-backup-").FullName;
    private readonly List<CliDatabase> databases = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task BackupThenRestore_OverChangedDataAndIntoANewDatabase_BringsBackEveryRecord()
    {
        var database = NewDatabase();
        await SeedAsync(database);
        var before = await DatabaseSnapshot.TakeAsync(database);
        Assert.True(before.RowsOf("Patients") > 0 && before.RowsOf("AuditEntries") > 0 && before.RowsOf("Episodes") > 0);
        var patient = await FieldsAsync<Patient>(database, q => q.OrderBy(p => p.Id));
        var audit = await FieldsAsync<AuditEntry>(database, q => q.OrderByDescending(e => e.Sequence));
        var clinic = await FieldsAsync<Clinic>(database, q => q.OrderBy(c => c.Id));
        var file = Path.Combine(folder, "backplan.backup");

        var (exit, stdout, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", file, .. database.Options]);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"Backed up to {file}", stdout, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        if (!database.Postgres)
        {
            // Bytes 18 and 19 of a SQLite header: 1 for a rollback journal, 2 for WAL, whose copy would need its -wal file beside it.
            Assert.Equal([1, 1], (await File.ReadAllBytesAsync(file, Ct))[18..20]);
        }

        // Added, changed and removed after the backup: a whole clinic more, every patient renamed, the outcome records deleted.
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["seed", "--episodes", "5", .. database.Options])).Exit);
        await database.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Patients" SET "FamilyName" = 'Overwritten'""", Ct));
        await database.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "EpisodeOutcomeRecord" """, Ct));

        (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(0, await database.QueryAsync(db => db.Patients.IgnoreQueryFilters().CountAsync(p => p.FamilyName != "Overwritten", Ct)));

        (exit, stdout, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, "--force", .. database.Options]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("at this BackPlan's current migration", stdout, StringComparison.Ordinal);
        AssertSame(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Equal(patient, await FieldsAsync<Patient>(database, q => q.OrderBy(p => p.Id)));
        Assert.Equal(audit, await FieldsAsync<AuditEntry>(database, q => q.OrderByDescending(e => e.Sequence)));
        Assert.Equal(clinic, await FieldsAsync<Clinic>(database, q => q.OrderBy(c => c.Id)));
        await AssertAuditIntactAsync(database, clinics: 2);

        // The same backup into a database that does not exist yet.
        var fresh = NewDatabase();
        (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, .. fresh.Options]);

        Assert.True(exit == 0, stderr);
        AssertSame(before, await DatabaseSnapshot.TakeAsync(fresh));
        await AssertAuditIntactAsync(fresh, clinics: 2);
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_IsTheDatabaseAsOfOneCommit()
    {
        var database = NewDatabase();
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["seed", "--episodes", "10", .. database.Options])).Exit);
        var clinic = await database.QueryAsync(db => db.Clinics.IgnoreQueryFilters().Select(c => c.Id).SingleAsync(Ct));
        await using var app = database.App();
        var during = Path.Combine(folder, "during.backup");

        // A writer in the middle of its transaction: the backup neither waits for it nor holds what it has not committed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinic);
            await using var transaction = await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Database.BeginTransactionAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync("test.uncommitted", null, null, Ct);

            var (exit, _, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", during, .. database.Options]);

            Assert.True(exit == 0, stderr);
            await transaction.CommitAsync(Ct);
        }

        // A writer committing one audit entry after another, before, during and after the backup.
        using var stop = new CancellationTokenSource();
        var firstCommitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await RecordAsync(app, clinic, "test.writer");
                written++;
                firstCommitted.TrySetResult();
            }
        }, Ct);
        await Task.WhenAny(firstCommitted.Task, writer);
        Assert.False(writer.IsFaulted, writer.Exception?.ToString());
        var meanwhile = Path.Combine(folder, "meanwhile.backup");

        var backup = await BackplanCli.InvokeAsync(["backup", "--to", meanwhile, .. database.Options]);

        await stop.CancelAsync();
        await writer;
        Assert.True(backup.Exit == 0, backup.Error);
        Assert.Equal(1, await CountAsync(database, "test.uncommitted"));

        var atDuring = await RestoreIntoNewAsync(during);
        Assert.Equal(0, await CountAsync(atDuring, "test.uncommitted"));
        await AssertAuditIntactAsync(atDuring, clinics: 1);

        var atMeanwhile = await RestoreIntoNewAsync(meanwhile);
        Assert.InRange(await CountAsync(atMeanwhile, "test.writer"), 1, written);
        Assert.Equal(1, await CountAsync(atMeanwhile, "test.uncommitted"));
        await AssertAuditIntactAsync(atMeanwhile, clinics: 1);
    }

    [Fact]
    public async Task Restore_SaysWhereTheMigrationsStand_AndRefusesABackupFromANewerBackPlan()
    {
        var database = NewDatabase();
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["migrate", .. database.Options])).Exit);
        var migrations = await database.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        await database.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231000000_FromANewerBackPlan', '99.0.0')""", Ct));
        var newer = await BackupAsync(database, "newer.backup");
        await database.QueryAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" IN ('29991231000000_FromANewerBackPlan', {migrations[^1]})""", Ct));
        var older = await BackupAsync(database, "older.backup");

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", newer, .. NewDatabase().Options]);

        Assert.Equal(1, exit);
        Assert.Contains("made by a newer BackPlan", stderr, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromANewerBackPlan", stderr, StringComparison.Ordinal);

        (exit, var stdout, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", older, .. NewDatabase().Options]);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"1 migration(s) behind this BackPlan (last applied: {migrations[^2]})", stdout, StringComparison.Ordinal);
        Assert.Contains("backplan migrate", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_AFileThatIsNoBackup_FailsAndLeavesTheDatabaseAlone()
    {
        var database = NewDatabase();
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["migrate", .. database.Options])).Exit);
        var before = await DatabaseSnapshot.TakeAsync(database);
        var notABackup = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(notABackup, "Not a backup, only some notes.", Ct);

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", notABackup, "--force", .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Contains($"{notABackup} is not a", stderr, StringComparison.Ordinal);
        AssertSame(before, await DatabaseSnapshot.TakeAsync(database));

        var missing = Path.Combine(folder, "missing.backup");
        (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", missing, .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Equal($"No backup file at {missing}.", stderr.Trim());
    }

    [Fact]
    public async Task Backup_OfADatabaseThatIsNotThere_SaysSoAndWritesNothing()
    {
        var database = NewDatabase();

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", Path.Combine(folder, "none.backup"), .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Contains(database.Postgres ? $"database \"{database.Name}\" does not exist" : $"No SQLite database at {database.File}.", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Backup_ToAFileThatExists_IsRefusedUnlessForced()
    {
        var database = NewDatabase();
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["migrate", .. database.Options])).Exit);
        var file = Path.Combine(folder, "existing.backup");
        await File.WriteAllTextAsync(file, "yesterday's", Ct);

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", file, .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("yesterday's", await File.ReadAllTextAsync(file, Ct));
        Assert.Single(Directory.GetFiles(folder, "*.backup*"));

        (exit, _, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", file, "--force", .. database.Options]);

        Assert.True(exit == 0, stderr);
        Assert.NotEqual("yesterday's", await File.ReadAllTextAsync(file, Ct));
        Assert.Single(Directory.GetFiles(folder, "*.backup*"));
    }

    [Fact]
    public async Task Restore_Sqlite_WalLeftWithoutItsDatabase_IsRefusedUnlessForced()
    {
        var source = NewDatabase(postgres: false);
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["seed", "--episodes", "5", .. source.Options])).Exit);
        var file = await BackupAsync(source, "sqlite.backup");
        var target = NewDatabase(postgres: false);
        await File.WriteAllTextAsync(target.File + "-wal", "an earlier database's log", Ct);

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, .. target.Options]);

        Assert.Equal(1, exit);
        Assert.Contains($"{target.File}-wal", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target.File));

        (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, "--force", .. target.Options]);

        Assert.True(exit == 0, stderr);
        AssertSame(await DatabaseSnapshot.TakeAsync(source), await DatabaseSnapshot.TakeAsync(target));
    }

    [Fact]
    public async Task Restore_Postgres_OverATableTheBackupLacks_IsRefusedEvenWithForce()
    {
        Assert.SkipUnless(CliDatabase.PostgresFromEnvironment, "pg_restore --clean replaces only the backup's own tables; SQLite's restore replaces the whole file.");
        var database = NewDatabase();
        Assert.Equal(0, (await BackplanCli.InvokeAsync(["migrate", .. database.Options])).Exit);
        var file = await BackupAsync(database, "postgres.backup");
        await database.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""CREATE TABLE "FromANewerBackPlan" ("Id" integer)""", Ct));

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, "--force", .. database.Options]);

        Assert.Equal(1, exit);
        Assert.Contains("public.FromANewerBackPlan", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_Postgres_WithoutItsTools_SaysWhereItLooked()
    {
        var empty = Directory.CreateDirectory(Path.Combine(folder, "no-tools")).FullName;

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(
            ["backup", "--to", Path.Combine(folder, "x.backup"), "--provider", "postgres", "--connection", "Host=127.0.0.1;Database=backplan", "--pg-bin", empty]);

        Assert.Equal(1, exit);
        Assert.Equal($"pg_dump is not in {empty} (named by --pg-bin or {PostgresTools.FolderVariable}).", stderr.Trim());
        Assert.Empty(Directory.GetFiles(folder));
    }

    private CliDatabase NewDatabase(bool? postgres = null)
    {
        var database = CliDatabase.Create(folder, postgres);
        databases.Add(database);
        return database;
    }

    /// <summary>The demo clinic (staff, patients, episodes, sessions, articles: every change audited) and a generated clinic beside it.</summary>
    private static async Task SeedAsync(CliDatabase database)
    {
        await using (var app = database.App([new("Demo:Enabled", "true"), new("Demo:Password", "Test-Passw0rd")]))
        {
            await DatabaseSetup.MigrateAsync(app.Services);
            await DemoClinic.SeedIfEmptyAsync(app.Services);
        }

        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["seed", "--episodes", "30", .. database.Options]);
        Assert.True(exit == 0, stderr);
    }

    private async Task<string> BackupAsync(CliDatabase database, string name)
    {
        var file = Path.Combine(folder, name);
        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["backup", "--to", file, .. database.Options]);
        Assert.True(exit == 0, stderr);
        return file;
    }

    private async Task<CliDatabase> RestoreIntoNewAsync(string file)
    {
        var database = NewDatabase();
        var (exit, _, stderr) = await BackplanCli.InvokeAsync(["restore", "--from", file, .. database.Options]);
        Assert.True(exit == 0, stderr);
        return database;
    }

    private static async Task RecordAsync(WebApplication app, Guid clinic, string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinic);
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(action, null, null, CancellationToken.None);
    }

    private static Task<int> CountAsync(CliDatabase database, string action) =>
        database.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Action == action, Ct));

    /// <summary>Every mapped field of the first record in the given order, as EF reads it.</summary>
    private static Task<Dictionary<string, object?>> FieldsAsync<T>(CliDatabase database, Func<IQueryable<T>, IQueryable<T>> order)
        where T : class => database.QueryAsync(async db =>
    {
        var record = await order(db.Set<T>().IgnoreQueryFilters().AsNoTracking()).FirstAsync(Ct);
        return db.Entry(record).Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
    });

    private static async Task AssertAuditIntactAsync(CliDatabase database, int clinics)
    {
        var (exit, stdout, stderr) = await BackplanCli.InvokeAsync(["audit", "verify", .. database.Options]);
        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains($"All {clinics} audit chains are intact.", stdout, StringComparison.Ordinal);
    }

    private static void AssertSame(DatabaseSnapshot expected, DatabaseSnapshot actual)
    {
        Assert.Equal(expected.Tables.Select(t => (t.Table, t.Rows.Count)), actual.Tables.Select(t => (t.Table, t.Rows.Count)));
        foreach (var (table, rows) in expected.Tables)
        {
            Assert.Equal(rows, actual.Tables.Single(t => t.Table == table).Rows);
        }
    }
}
