using System.CommandLine;

namespace BackPlan.Cli;

/// <summary>The root of the <c>backplan</c> command line.</summary>
internal static class BackPlanCommand
{
    public static RootCommand Create() =>
        new("BackPlan command line: score files of questionnaire responses, run maintenance tasks, verify the audit log, back up and restore the database.")
        {
            ScoreCommand.Create(),
            MigrateCommand.Create(),
            SeedCommand.Create(),
            RecomputeCommand.Create(),
            AuditCommand.Create(),
            BackupCommand.Create(),
            RestoreCommand.Create(),
        };
}
