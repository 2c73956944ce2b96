using CliWrap;
using CliWrap.Buffered;

namespace BackPlan.Web.Tests.Support;

/// <summary>Command-line tools the container tests drive (docker-registry, skopeo, umoci, dotnet, bash).</summary>
public static class Tools
{
    /// <summary>Fails with what to install when a tool is not on the PATH, instead of a bare "file not found".</summary>
    public static void Require(string installHint, params string[] tools)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var missing = tools.Where(t => !path.Any(dir => File.Exists(Path.Combine(dir, t)))).ToList();
        Assert.True(missing.Count == 0, $"Not installed: {string.Join(", ", missing)}. {installHint}");
    }

    /// <summary>Runs a tool to its end and answers its exit code with what it printed.</summary>
    public static async Task<BufferedCommandResult> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct, IReadOnlyDictionary<string, string?>? environment = null) =>
        await Cli.Wrap(tool)
            .WithArguments(arguments)
            .WithEnvironmentVariables(environment ?? new Dictionary<string, string?>())
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);

    /// <summary>Runs a tool that must succeed; a failure fails the test with the tool's own output.</summary>
    public static async Task<string> RunOrFailAsync(string tool, IEnumerable<string> arguments, CancellationToken ct, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var args = arguments.ToList();
        var result = await RunAsync(tool, args, ct, environment);
        Assert.True(result.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited with {result.ExitCode}:\n{result.StandardOutput}\n{result.StandardError}");
        return result.StandardOutput;
    }
}
