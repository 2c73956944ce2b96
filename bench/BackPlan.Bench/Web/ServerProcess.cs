using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackPlan.Bench.Web;

/// <summary>
/// A built ASP.NET Core app (<c>dotnet X.dll</c>) as its own process on Kestrel at a free
/// 127.0.0.1 port. Its pid goes to the file named by <c>BACKPLAN_LOAD_PIDS</c>, so the calling
/// script can end it if this program dies first.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    /// <summary>Starts the app and returns once <paramref name="readyPath"/> answers 200, with the time that took.</summary>
    public static async Task<(ServerProcess Server, TimeSpan StartUp)> StartAsync(
        string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Urls"] = url;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The production setting README.md asks for (docs/performance.md, fourth round): a 16 MB gen0
        // budget instead of concurrent workstation GC's few MB, 18–35 % more calendar views per second.
        info.Environment["DOTNET_GCgen0size"] = "0x1000000";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {dll}");
        var name = Path.GetFileNameWithoutExtension(dll);
        // Warnings and errors only (the log level); shown so a failing request can be explained.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.WriteLine($"  [{name}] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.WriteLine($"  [{name}] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (Environment.GetEnvironmentVariable("BACKPLAN_LOAD_PIDS") is { Length: > 0 } pids)
        {
            await File.AppendAllTextAsync(pids, $"{process.Id}\n");
        }

        var server = new ServerProcess(process, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode} before {readyPath} answered");
            }

            try
            {
                using var response = await http.GetAsync(url + readyPath);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (server, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(20);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{name} did not answer {readyPath} with 200 within 120 s");
    }

    /// <summary>Peak resident set size so far (VmHWM), in MB.</summary>
    public double PeakRssMb()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Stops the app as a service manager would (SIGTERM, then SIGKILL after 20 s).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
