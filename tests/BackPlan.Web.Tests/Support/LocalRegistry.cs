using System.Globalization;
using System.Text;
using CliWrap;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// A container registry on a free loopback port (Debian's docker-registry, the reference registry)
/// that holds a stand-in for the .NET base image: the SDK takes its base from a registry only, and
/// mcr.microsoft.com cannot be reached here. The stand-in is bare (made by umoci, pushed by skopeo): no
/// files, user, port or variables, so whatever an image built on it says comes from BackPlan.Web.csproj.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private const string InstallHint = "./test.sh installs them from Debian's packages (apt-get install docker-registry skopeo umoci).";
    private readonly string _directory;
    private readonly CancellationTokenSource _stop = new();
    private readonly CommandTask<CommandResult> _serving;
    private readonly StringBuilder _log = new();

    private LocalRegistry(string directory, int port, string config)
    {
        _directory = directory;
        Address = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        _serving = Cli.Wrap("docker-registry").WithArguments(["serve", config])
            .WithStandardOutputPipe(PipeTarget.ToStringBuilder(_log))
            .WithStandardErrorPipe(PipeTarget.ToStringBuilder(_log))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(_stop.Token);
    }

    /// <summary>host:port, for DOTNET_CONTAINER_INSECURE_REGISTRIES (the registry speaks plain HTTP).</summary>
    public string Address { get; }

    public string BaseImage => $"{Address}/dotnet/aspnet:10.0";

    public static async Task<LocalRegistry> StartAsync(CancellationToken ct)
    {
        Tools.Require(InstallHint, "docker-registry", "skopeo", "umoci");
        var registry = await ServeAsync(ct);
        try
        {
            var layout = Path.Combine(registry._directory, "oci");
            await Tools.RunOrFailAsync("umoci", ["init", "--layout", layout], ct);
            await Tools.RunOrFailAsync("umoci", ["new", "--image", $"{layout}:base"], ct);
            await Tools.RunOrFailAsync("skopeo", ["copy", "--dest-tls-verify=false", $"oci:{layout}:base", $"docker://{registry.BaseImage}"], ct);
            return registry;
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the registry on a free port and waits until /v2/ answers. A port found free can be taken
    /// before the registry binds it: then it tries another, three times at most.
    /// </summary>
    private static async Task<LocalRegistry> ServeAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("backplan-registry-").FullName;
            var port = AppProcess.FreePort();
            var config = Path.Combine(directory, "config.yml");
            await File.WriteAllTextAsync(config, $"""
                version: 0.1
                log:
                  level: error
                storage:
                  filesystem:
                    rootdirectory: {Path.Combine(directory, "storage")}
                http:
                  addr: 127.0.0.1:{port}
                """, ct);
            var registry = new LocalRegistry(directory, port, config);
            if (await registry.AnswersAsync(ct))
            {
                return registry;
            }

            var log = registry._log.ToString();
            await registry.DisposeAsync();
            Assert.True(attempt < 3 && log.Contains("address already in use", StringComparison.Ordinal), $"docker-registry exited before it answered:\n{log}");
        }
    }

    /// <summary>Asks /v2/ until the registry answers (true) or exits (false); thirty seconds at most.</summary>
    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{Address}"), Timeout = TimeSpan.FromSeconds(5) };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_serving.Task.IsCompleted)
            {
                return false;
            }

            try
            {
                using var answer = await http.GetAsync("/v2/", ct);
                if (answer.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, ct);
        }

        Assert.Fail("docker-registry did not answer within thirty seconds");
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
