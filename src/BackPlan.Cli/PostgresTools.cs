using System.CommandLine;
using System.ComponentModel;
using System.Globalization;
using CliWrap.Buffered;
using Npgsql;

namespace BackPlan.Cli;

/// <summary>
/// PostgreSQL's own client tools (pg_dump, pg_restore): where to find them, and how to hand them
/// the connection string's parts as libpq environment variables, so that no password is ever on a
/// command line (where any user of the machine can read it).
/// </summary>
internal static class PostgresTools
{
    public const string FolderVariable = "BACKPLAN_PG_BIN";

    private const string Debian = "/usr/lib/postgresql";

    public static Option<string> FolderOption() => new("--pg-bin")
    {
        Description = $"Folder of pg_dump and pg_restore, of the server's major version (default: ${FolderVariable}, else PATH, else the newest {Debian}/*/bin).",
    };

    /// <summary>The tool's path: in the folder named by --pg-bin or BACKPLAN_PG_BIN, else on PATH, else in Debian's newest version folder.</summary>
    public static string Find(string tool, string? folder)
    {
        var file = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        folder = folder is { Length: > 0 } ? folder : Environment.GetEnvironmentVariable(FolderVariable);
        if (folder is { Length: > 0 })
        {
            var named = Path.Combine(folder, file);
            return File.Exists(named) ? named : throw new BackupFailure($"{tool} is not in {folder} (named by --pg-bin or {FolderVariable}).");
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian).OrderByDescending(MajorVersion).Select(version => Path.Combine(version, "bin"))
            : [];
        return path.Concat(debian).Select(dir => Path.Combine(dir, file)).FirstOrDefault(File.Exists)
            ?? throw new BackupFailure($"{tool} was not found on PATH or in {Debian}/*/bin. Install PostgreSQL's client tools of the server's major version (Debian: postgresql-client-<version>), or name their folder with --pg-bin or {FolderVariable}.");
    }

    /// <summary>Runs the tool and returns what it printed; a failure (its exit code and message) becomes a <see cref="BackupFailure"/> saying <paramref name="failed"/>.</summary>
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string failed, CancellationToken ct)
    {
        BufferedCommandResult result;
        try
        {
            result = await CliWrap.Cli.Wrap(tool)
                .WithArguments(arguments)
                .WithEnvironmentVariables(environment)
                .WithValidation(CliWrap.CommandResultValidation.None)
                .ExecuteBufferedAsync(ct);
        }
        catch (Win32Exception e)
        {
            throw new BackupFailure($"{tool} could not be started: {e.Message}");
        }

        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new BackupFailure($"{failed} ({Path.GetFileName(tool)} exited with {result.ExitCode}): {result.StandardError.Trim()}");
    }

    /// <summary>
    /// libpq's variables for the connection string. The connection string alone says where to
    /// connect: any PG* variable of the caller's environment is cleared.
    /// </summary>
    public static Dictionary<string, string?> LibpqEnvironment(string connection)
    {
        NpgsqlConnectionStringBuilder csb;
        try
        {
            csb = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new BackupFailure($"The connection string cannot be read: {e.Message}");
        }

        if (string.IsNullOrEmpty(csb.Host) || string.IsNullOrEmpty(csb.Database))
        {
            throw new BackupFailure("The PostgreSQL connection string must name the Host and the Database.");
        }

        var variables = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("PG", StringComparison.Ordinal))
            .ToDictionary(name => name, string? (_) => null);
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                variables[name] = value;
            }
        }

        Set("PGHOST", csb.Host);
        Set("PGPORT", csb.Port.ToString(CultureInfo.InvariantCulture));
        Set("PGDATABASE", csb.Database);
        Set("PGUSER", csb.Username);
        Set("PGPASSWORD", csb.Password);
        Set("PGPASSFILE", csb.Passfile);
        Set("PGSSLMODE", csb.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Prefer => "prefer",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => null,
        });
        Set("PGSSLROOTCERT", csb.RootCertificate);
        Set("PGSSLCERT", csb.SslCertificate);
        Set("PGSSLKEY", csb.SslKey);
        Set("PGCONNECT_TIMEOUT", csb.Timeout.ToString(CultureInfo.InvariantCulture));
        Set("PGOPTIONS", csb.Options);
        Set("PGAPPNAME", csb.ApplicationName ?? "backplan");
        return variables;
    }

    private static int MajorVersion(string folder) =>
        int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0;
}
