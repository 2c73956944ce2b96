using System.CommandLine;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan restore --from FILE [--force] [--provider …] [--connection …] [--pg-bin DIR]</c>: puts
/// a backup made by <c>backplan backup</c> in place of the database (decision 0032). An existing
/// database is replaced only with --force; then says whether the restored one is at this
/// BackPlan's migration.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The backup file, made by 'backplan backup' on the same kind of database.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data (stop the app first)." };
        var tools = PostgresTools.FolderOption();
        var database = new DatabaseOptions();
        var command = new Command("restore", "Put a backup in place of the database (an existing one only with --force).") { from, force, tools };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (database.ConnectionString(parse, error) is not { } connection)
            {
                return 1;
            }

            var backup = Path.GetFullPath(parse.GetValue(from)!);
            if (!File.Exists(backup))
            {
                error.WriteLine($"No backup file at {backup}.");
                return 1;
            }

            return await BackupFailure.ReportAsync(error, async () =>
            {
                await using var app = DatabaseOptions.CreateApp(database.IsPostgres(parse), connection);
                if (database.IsPostgres(parse))
                {
                    await PostgresBackup.RestoreAsync(app.Services, connection, backup, parse.GetValue(force), parse.GetValue(tools), ct);
                }
                else
                {
                    await SqliteBackup.RestoreAsync(connection, backup, parse.GetValue(force), ct);
                }

                var output = parse.InvocationConfiguration.Output;
                output.WriteLine($"Restored {backup}.");
                return await RestoredSchema.ReportAsync(app.Services, output, error, ct) ? 0 : 1;
            });
        });
        return command;
    }
}
