using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BackPlan.Bench.Web;

/// <summary>What one wrk run reports.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors);

/// <summary>
/// Runs wrk (<c>-t -c -d --latency</c>), optionally with <c>bench/load.lua</c> sending the request
/// lines of a file, and reads its summary. wrk counts 3xx as success, so every path is first
/// checked once for its exact status (<see cref="LoadBench"/>).
/// </summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(LoadSettings settings, TimeSpan duration, string url, string? token, string? requestFile)
    {
        var args = new List<string>
        {
            "-t", settings.Threads.ToString(CultureInfo.InvariantCulture),
            "-c", settings.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--latency",
            // wrk drops a request slower than its 2 s default timeout from the latency figures
            // (a socket error instead); a slow page should show in p99, not vanish from it.
            "--timeout", "10s",
        };
        if (token is not null)
        {
            args.AddRange(["-H", $"Authorization: Bearer {token}"]);
        }

        if (requestFile is not null)
        {
            args.AddRange(["-s", settings.LuaScript]);
        }

        args.Add(url);
        if (requestFile is not null)
        {
            args.AddRange(["--", requestFile, settings.Threads.ToString(CultureInfo.InvariantCulture)]);
        }

        var info = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start wrk");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0 || RequestsPerSecond().Match(text) is not { Success: true } rps)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {text}{await error}");
        }

        return new WrkResult(
            Number(rps.Groups[1].Value),
            Latency(text, "50%"),
            Latency(text, "99%"),
            long.Parse(Total().Match(text).Groups[1].Value, CultureInfo.InvariantCulture),
            Non2xx().Match(text) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            SocketErrors().Match(text) is { Success: true } socket
                ? socket.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
                : 0);
    }

    private static double Latency(string text, string percentile)
    {
        var match = Regex.Match(text, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var value = Number(match.Groups[1].Value);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
