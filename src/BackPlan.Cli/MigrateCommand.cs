using System.CommandLine;
using BackPlan.Web.Platform;

namespace BackPlan.Cli;

/// <summary><c>backplan migrate [--provider sqlite|postgres] [--connection ...]</c>: applies the app's migrations.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var command = new Command("migrate", "Create or update the database schema (the app's migrations).");
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var app = database.Build(parse, parse.InvocationConfiguration.Error);
            if (app is null)
            {
                return 1;
            }

            await DatabaseSetup.MigrateAsync(app.Services);
            parse.InvocationConfiguration.Output.WriteLine("Database migrated.");
            return 0;
        });
        return command;
    }
}
