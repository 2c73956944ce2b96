using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace BackPlan.Bench.Web;

/// <summary>
/// Latency of the patient and audit hot paths for one clinic's signed-in user on a large clinic
/// network, through the whole HTTP pipeline (authentication, clinic filter, read audit insert).
/// Exits 1 when a scenario misses its p95 target.
/// </summary>
internal static class WebBench
{
    private const int WarmUp = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        WebOptions options;
        try
        {
            options = WebOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (options.Reseed)
        {
            await DropAsync(options);
        }

        await using var app = new BenchApp(options, captureSql: options.Explain);
        var network = await NetworkSeeder.EnsureAsync(app, options);
        using var practitioner = await SignedInAsync(app, network.PractitionerEmail, network.Password);
        using var admin = await SignedInAsync(app, network.AdminEmail, network.Password);
        var scenarios = Scenarios(network, practitioner, admin);

        Console.WriteLine();
        Console.WriteLine($"{options.Provider}: {options.Clinics} clinics × {options.PatientsPerClinic:N0} patients, "
            + $"{options.AuditEntries:N0} audit entries; measured clinic: {network.ClinicPatients:N0} patients, {network.ClinicAuditEntries:N0} audit entries.");
        if (options.Explain)
        {
            await QueryPlans.PrintAsync(options, scenarios);
            return 0;
        }

        Console.WriteLine($"{options.Runs} timed requests per scenario after {WarmUp} warm-up requests, one at a time, in process (TestServer).");
        Console.WriteLine($"{Environment.ProcessorCount} cores; load average before: {LoadAverage()} (other work on the machine shows in p95 and max).");
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-34} {"median ms",10} {"p95 ms",8} {"max ms",8} {"target p95",11} {"CPU ms/req",11} {"KB alloc/req",13}  result");
        var process = Process.GetCurrentProcess();
        var missed = 0;
        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < WarmUp; i++)
            {
                await scenario.SendAsync(i);
            }

            var times = new double[options.Runs];
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < options.Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await scenario.SendAsync(WarmUp + i);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / options.Runs;
            process.Refresh();
            var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / options.Runs;
            Array.Sort(times);
            var p95 = Percentile(times, 0.95);
            var ok = p95 <= scenario.TargetP95Ms;
            missed += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name,-34} {Percentile(times, 0.5),10:F2} {p95,8:F2} {times[^1],8:F2} {"< " + scenario.TargetP95Ms + " ms",11} {cpuPerRequest,11:F2} {perRequest,13:F0}  {(ok ? "ok" : "MISSED")}"));
        }

        Console.WriteLine();
        Console.WriteLine($"Load average after: {LoadAverage()}.");
        Console.WriteLine(missed == 0 ? "All targets met." : $"{missed} target(s) missed.");
        return missed == 0 ? 0 : 1;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static List<Scenario> Scenarios(SeededNetwork n, HttpClient practitioner, HttpClient admin)
    {
        string Id(int i) => n.PatientIds[i % n.PatientIds.Count].ToString();
        string Search(int i) => Uri.EscapeDataString(n.NameSearches[i % n.NameSearches.Count]);
        string Audited(int i) => n.AuditedPatientIds[i % n.AuditedPatientIds.Count].ToString();
        return
        [
            new("API list, page 1", practitioner, _ => "/api/v1/patients", 50),
            new("API list, name search", practitioner, i => $"/api/v1/patients?search={Search(i)}", 50),
            new("API list, search with no match", practitioner, _ => "/api/v1/patients?search=zzqx", 50),
            new("API list, page 100", practitioner, _ => "/api/v1/patients?page=100", 50),
            new("API patient by id", practitioner, i => $"/api/v1/patients/{Id(i)}", 20),
            new("page /patients, page 1", practitioner, _ => "/patients", 50),
            new("page /patients, name search", practitioner, i => $"/patients?search={Search(i)}", 50),
            new("page /patients/{id}", practitioner, i => $"/patients/{Id(i)}", 20),
            new("page /audit, by patient", admin, i => $"/audit?patient={Audited(i)}", 50),
            new("page /audit, whole clinic", admin, _ => "/audit", 50),
        ];
    }

    private static async Task<HttpClient> SignedInAsync(BenchApp app, string email, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, email, password));
        return client;
    }

    /// <summary>A bearer token from <c>POST /api/v1/auth/token</c>, as a script would sign in.</summary>
    internal static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("no token");
        return token.AccessToken;
    }

    internal static async Task DropAsync(WebOptions options)
    {
        if (options.IsPostgres)
        {
            var csb = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            var name = csb.Database!;
            csb.Database = "postgres";
            await using var connection = new NpgsqlConnection(csb.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    private sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn);
}

/// <summary>One request shape; <see cref="SendAsync"/> fails loudly on anything but 200.</summary>
internal sealed record Scenario(string Name, HttpClient Client, Func<int, string> Url, double TargetP95Ms)
{
    public async Task<int> SendAsync(int run)
    {
        var url = Url(run);
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{Name}: GET {url} answered {(int)response.StatusCode}");
        }

        return body.Length;
    }
}
