using System.Data.Common;

namespace BackPlan.Cli;

/// <summary>An expected failure of backup or restore (a missing file, a refused target, a tool that failed): its message is all the operator sees.</summary>
internal sealed class BackupFailure(string message) : Exception(message)
{
    /// <summary>Runs a backup or restore: its own failures, the database's and the file system's become their message and exit code 1, never a stack trace.</summary>
    public static async Task<int> ReportAsync(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is BackupFailure or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (DatabaseError(e) is { } database)
        {
            error.WriteLine($"The database failed: {database.Message}");
            return 1;
        }
    }

    // EF's retrying strategy wraps the provider's exception in its own.
    private static DbException? DatabaseError(Exception? e) => e is null or DbException ? e as DbException : DatabaseError(e.InnerException);
}
