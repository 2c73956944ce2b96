namespace BackPlan.Cli;

/// <summary>
/// Where a backup is written: beside its final name, under a name of its own, and moved into place
/// only once complete, so a file with the backup's name is never half a backup. The file is the
/// owner's alone from its first byte: it holds every patient's health data.
/// </summary>
internal static class BackupFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Runs <paramref name="write"/> on an empty, owner-only file and moves it to <paramref name="path"/>.</summary>
    public static async Task<string> WriteAsync(string path, bool force, Func<string, Task> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupFailure($"The folder {folder} does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new BackupFailure($"{full} is a folder: name the backup file.");
        }

        if (File.Exists(full) && !force)
        {
            throw new BackupFailure($"{full} already exists: choose another name, or add --force to replace it.");
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        new FileStream(partial, options).Dispose();
        try
        {
            await write(partial);
            File.Move(partial, full, overwrite: force);
            return full;
        }
        finally
        {
            // SQLite's rollback journal, if a copy into the file was cut short.
            foreach (var left in new[] { partial, partial + "-journal" }.Where(File.Exists))
            {
                File.Delete(left);
            }
        }
    }
}
