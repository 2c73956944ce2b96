using System.CommandLine;
using System.Globalization;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan backup --to FILE [--force] [--provider …] [--connection …] [--pg-bin DIR]</c>: a
/// consistent copy of the database while the app runs (decision 0032). SQLite: a SQLite file made
/// with the online backup API; PostgreSQL: a pg_dump archive in custom format.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The backup file to write (readable by its owner only: it holds health data).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var tools = PostgresTools.FolderOption();
        var database = new DatabaseOptions();
        var command = new Command("backup", "Copy the database into one file, consistent as of one moment, while the app goes on running.") { to, force, tools };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (database.ConnectionString(parse, error) is not { } connection)
            {
                return 1;
            }

            return await BackupFailure.ReportAsync(error, async () =>
            {
                var file = database.IsPostgres(parse)
                    ? await PostgresBackup.BackupAsync(connection, parse.GetValue(to)!, parse.GetValue(force), parse.GetValue(tools), ct)
                    : await SqliteBackup.BackupAsync(connection, parse.GetValue(to)!, parse.GetValue(force), ct);
                var size = new FileInfo(file).Length;
                parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Backed up to {file} ({size:N0} bytes)."));
                return 0;
            });
        });
        return command;
    }
}
