using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// The web app's build output (it sits beside the tests, as a project reference, with its
/// runtimeconfig) started as its own process, for what only a real process shows: a kill -9,
/// the listening address.
/// </summary>
public static class AppProcess
{
    /// <summary>Starts <c>dotnet BackPlan.Web.dll</c> with these settings (Testing environment, warnings only, no outgoing mail) and arguments.</summary>
    public static Process Start(TestDatabase database, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(database, environment, output: null, arguments);

    /// <summary>As <see cref="Start(TestDatabase, IReadOnlyDictionary{string, string}, string[])"/>, handing each line the app writes to standard output to <paramref name="output"/>.</summary>
    public static Process Start(TestDatabase database, IReadOnlyDictionary<string, string> environment, Action<string>? output, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BackPlan.Web.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Only what a test names decides where the app listens: nothing inherited from the runner.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "DOTNET_HTTP_PORTS", "URLS" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__BackPlan"] = database.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Email__PollInterval"] = "01:00:00";
        start.Environment["Email__PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"backplan-mail-{Guid.NewGuid():N}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                output?.Invoke(line.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until <c>/health</c> answers 200 (two minutes at most); fails if the process exits first.</summary>
    public static async Task WaitHealthyAsync(HttpClient http, Process app, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(app.HasExited, $"the app exited with code {(app.HasExited ? app.ExitCode : 0)} before it was healthy");
            try
            {
                using var health = await http.GetAsync("/health", ct);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail("the app did not become healthy within two minutes");
    }

    /// <summary>Kills the process if it still runs (SIGKILL) and waits for it.</summary>
    public static async Task StopAsync(Process app)
    {
        if (!app.HasExited)
        {
            app.Kill();
            await app.WaitForExitAsync(CancellationToken.None);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
