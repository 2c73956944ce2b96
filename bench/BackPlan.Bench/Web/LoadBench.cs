using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using NodaTime.Text;

namespace BackPlan.Bench.Web;

/// <summary>The load run's settings: wrk's (the issue's -t2 -c16 -d10s) and the data options passed on to <see cref="WebOptions"/>.</summary>
internal sealed record LoadSettings(
    IReadOnlyList<string> Providers, int Threads, int Connections, TimeSpan Duration, TimeSpan WarmUp, string LuaScript, string[] DataArgs, string? App = null);

/// <summary>
/// Throughput and latency under load (wrk) of the real app as its own process on Kestrel, beside
/// plain Kestrel, on SQLite and PostgreSQL, plus the app's peak RSS and start-up time. Run through
/// <c>bench/load.sh</c>, which builds, starts a throwaway PostgreSQL cluster and cleans up.
/// Exits 1 when a target is missed.
/// </summary>
internal static class LoadBench
{
    // 25 clinics × 4,000 patients = 100k patients; audit rows in proportion to `web`'s 50 clinics × 1M.
    private static readonly string[] DefaultData = ["--clinics", "25", "--patients", "4000", "--audit", "500000"];

    private const double P99TargetMs = 50;
    private const double PeakRssTargetMb = 300;
    private const double StartUpTargetSeconds = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        LoadSettings settings;
        try
        {
            settings = Parse(args);
            foreach (var provider in settings.Providers)
            {
                _ = DataOptions(settings, provider); // fail early on bad data options
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var root = BenchApp.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("backplan-load-").FullName;
        var started = DateTime.UtcNow;
        var loadBefore = WebBench.LoadAverage();
        var rows = new List<Row>();
        var notes = new List<string>();
        try
        {
            var (plain, _) = await ServerProcess.StartAsync(
                Path.Combine(root, "bench", "PlainKestrel", "bin", "Release", "net10.0", "PlainKestrel.dll"), work, new Dictionary<string, string>(), "/");
            await using (plain)
            {
                foreach (var provider in settings.Providers)
                {
                    var (providerRows, note) = await RunProviderAsync(settings, provider, plain, root, work);
                    rows.AddRange(providerRows);
                    notes.Add(note);
                }

                notes.Add($"Plain Kestrel's own peak RSS: {plain.PeakRssMb():F0} MB.");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var report = Report(settings, rows, notes, started, loadBefore, WebBench.LoadAverage());
        Console.WriteLine();
        Console.WriteLine(report);
        var results = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(results);
        var file = Path.Combine(results, $"load-{started:yyyy-MM-dd-HHmm}.md");
        await File.WriteAllTextAsync(file, report);
        Console.WriteLine($"Written to {Path.GetRelativePath(root, file)}.");
        var missed = rows.Count(r => !r.Met) + notes.Count(p => p.Contains("MISSED", StringComparison.Ordinal));
        Console.WriteLine(missed == 0 ? "All targets met." : $"{missed} target(s) missed.");
        return missed == 0 ? 0 : 1;
    }

    private static async Task<(List<Row> Rows, string Note)> RunProviderAsync(
        LoadSettings settings, string provider, ServerProcess plain, string root, string work)
    {
        var options = DataOptions(settings, provider);
        if (options.Reseed)
        {
            await WebBench.DropAsync(options);
        }

        SeededNetwork network;
        LoadData data;
        await using (var app = new BenchApp(options, captureSql: false))
        {
            network = await NetworkSeeder.EnsureAsync(app, options);
            data = await LoadSeeder.EnsureAsync(app.Services, network.ClinicId);
        }

        var name = options.IsPostgres ? $"PostgreSQL {await PostgresVersionAsync(options)}" : "SQLite";
        var loadBefore = WebBench.LoadAverage();
        Console.WriteLine();
        Console.WriteLine($"{name}: {options.Clinics} clinics × {options.PatientsPerClinic:N0} patients, {options.AuditEntries:N0} audit entries; "
            + $"load average {loadBefore}.");

        var files = RequestFiles(network, data, settings, work);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = options.Provider,
            ["ConnectionStrings__BackPlan"] = options.ConnectionString,
            ["Demo__Enabled"] = "false",
            ["PublicSite__ClinicId"] = network.ClinicId.ToString(),
            ["Email__PickupDirectory"] = Path.Combine(work, "mail"),
        };
        // A published app (load.sh: ReadyToRun, as a production image is built) runs from its own
        // folder; the build output runs from the project folder, where its static files are.
        var dll = settings.App ?? Path.Combine(root, "src", "BackPlan.Web", "bin", "Release", "net10.0", "BackPlan.Web.dll");
        var content = settings.App is { } published ? Path.GetDirectoryName(published)! : BenchApp.WebProjectFolder();

        var rows = new List<Row>();
        double peakRss;
        TimeSpan firstStart;
        {
            var (app, startUp) = await ServerProcess.StartAsync(dll, content, environment, "/health");
            firstStart = startUp;
            await using (app)
            {
                using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
                var token = await WebBench.TokenAsync(http, network.PractitionerEmail, network.Password);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

                var baseline = await MeasureAsync(settings, plain.BaseUrl + "/", null, null, null);
                Console.WriteLine(Line("plain Kestrel GET /", baseline));
                rows.Add(new Row(name, "plain Kestrel `GET /`", baseline, 1, null));
                foreach (var path in Paths(files, data))
                {
                    await CheckAsync(http, path.First, path.Status);
                    var result = await MeasureAsync(settings, app.BaseUrl + path.Url, path.SignedIn ? token : null, path.WarmUpFile, path.File);
                    var row = new Row(name, path.Name, result, result.RequestsPerSecond / baseline.RequestsPerSecond, path.MinRatio);
                    Console.WriteLine(Line(path.Name, result) + $" {row.Ratio,6:P0} of plain  {(row.Met ? "ok" : "MISSED")}");
                    rows.Add(row);
                    await OutboxDrainedAsync(options);
                }

                peakRss = app.PeakRssMb();
            }
        }

        // Start-up on the existing database (migrations already applied), as after a deploy or restart.
        var (again, restart) = await ServerProcess.StartAsync(dll, content, environment, "/health");
        await again.DisposeAsync();
        var loadAfter = WebBench.LoadAverage();
        var process = string.Create(CultureInfo.InvariantCulture,
            $"{name}: app peak RSS (VmHWM) {peakRss:F0} MB (target < {PeakRssTargetMb} MB: {(peakRss < PeakRssTargetMb ? "met" : "MISSED")}); "
            + $"start-up on the existing database until /health answers 200: {restart.TotalSeconds:F2} s (target < {StartUpTargetSeconds} s: {(restart.TotalSeconds < StartUpTargetSeconds ? "met" : "MISSED")}), "
            + $"first start after seeding {firstStart.TotalSeconds:F2} s; load average {loadBefore} before, {loadAfter} after.");
        Console.WriteLine(process);
        return (rows, process);
    }

    /// <summary>
    /// Each booking queues a confirmation that the app's sender then mails (to the pickup folder):
    /// thousands after the booking path. The next path is measured once they are out, not beside them.
    /// </summary>
    private static async Task OutboxDrainedAsync(WebOptions options)
    {
        await using System.Data.Common.DbConnection connection = options.IsPostgres
            ? new NpgsqlConnection(options.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var due = connection.CreateCommand();
        due.CommandText = options.IsPostgres
            ? "SELECT COUNT(*) FROM \"Outbox\" WHERE \"SentAt\" IS NULL AND \"WithdrawnAt\" IS NULL AND NOT \"Failed\" AND \"SendAfter\" <= now()"
            : "SELECT COUNT(*) FROM \"Outbox\" WHERE \"SentAt\" IS NULL AND \"WithdrawnAt\" IS NULL AND NOT \"Failed\" AND \"SendAfter\" <= strftime('%Y-%m-%d %H:%M:%f', 'now')";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = Convert.ToInt64(await due.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        for (var left = first; left > 0 && clock.Elapsed < TimeSpan.FromMinutes(3); left = Convert.ToInt64(await due.ExecuteScalarAsync(), CultureInfo.InvariantCulture))
        {
            await Task.Delay(500);
        }

        if (first > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (waited {clock.Elapsed.TotalSeconds:F1} s for the app to send the {first:N0} queued emails)"));
        }
    }

    /// <summary>A short warm-up run (JIT, caches, connection pools), then the timed run.</summary>
    private static async Task<WrkResult> MeasureAsync(LoadSettings settings, string url, string? token, string? warmUpFile, string? file)
    {
        await Wrk.RunAsync(settings, settings.WarmUp, url, token, warmUpFile);
        return await Wrk.RunAsync(settings, settings.Duration, url, token, file);
    }

    /// <summary>One request of the path with its exact status: wrk would count a redirect to sign-in as success.</summary>
    private static async Task CheckAsync(HttpClient http, string line, HttpStatusCode expected)
    {
        var parts = line.Split(' ', 3);
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        if (parts.Length == 3)
        {
            request.Content = new StringContent(parts[2], Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{line} answered {(int)response.StatusCode}, not {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A measured path: its first request line is checked, the warm-up and timed runs send their files' lines (or the URL).</summary>
    private sealed record LoadPath(string Name, string Url, bool SignedIn, double? MinRatio, string First, string? WarmUpFile, string? File,
        HttpStatusCode Status = HttpStatusCode.OK);

    private sealed record Files(string Reads, string Searches, string BookingCheck, string BookingsWarmUp, string Bookings);

    private static List<LoadPath> Paths(Files files, LoadData data)
    {
        var calendar = $"/calendar?date={data.CalendarDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
        var article = $"/articles/{data.ArticleSlug}";
        return
        [
            new("`GET /health`", "/health", false, 0.5, "GET /health", null, null),
            new("home page `GET /`", "/", false, 0.5, "GET /", null, null),
            new($"article page `GET {article}`", article, false, 0.5, $"GET {article}", null, null),
            new("patient read `GET /api/v1/patients/{id}`", "/", true, 0.25, First(files.Reads), files.Reads, files.Reads),
            new("patient search `GET /api/v1/patients?search=`", "/", true, 0.25, First(files.Searches), files.Searches, files.Searches),
            new("booking `POST /api/v1/appointments`", "/", true, null, files.BookingCheck, files.BookingsWarmUp, files.Bookings, HttpStatusCode.Created),
            // After the bookings: on a fresh database this day is the first one they filled.
            new($"calendar day page `GET {calendar}`", calendar, true, null, $"GET {calendar}", null, null),
        ];
    }

    private static string First(string file) => File.ReadLines(file).First();

    /// <summary>The request lines for bench/load.lua: patient reads and searches to rotate through, and one free slot per booking.</summary>
    private static Files RequestFiles(SeededNetwork network, LoadData data, LoadSettings settings, string work)
    {
        var reads = Path.Combine(work, "reads.txt");
        File.WriteAllLines(reads, network.PatientIds.Select(id => $"GET /api/v1/patients/{id}"));
        var searches = Path.Combine(work, "searches.txt");
        File.WriteAllLines(searches, network.NameSearches.Select(s => $"GET /api/v1/patients?search={Uri.EscapeDataString(s)}"));
        // Far more slots than a run can book (a thread that ran out would repeat slots and get 409).
        var perSecond = 1500;
        var slots = Bookings(network, data).GetEnumerator();
        IEnumerable<string> Take(int n)
        {
            for (var i = 0; i < n && slots.MoveNext(); i++)
            {
                yield return slots.Current;
            }
        }

        var check = Take(1).Single();
        var warmUp = Path.Combine(work, "bookings-warmup.txt");
        File.WriteAllLines(warmUp, Take(perSecond * (int)settings.WarmUp.TotalSeconds).ToList());
        var bookings = Path.Combine(work, "bookings.txt");
        File.WriteAllLines(bookings, Take(perSecond * (int)settings.Duration.TotalSeconds).ToList());
        return new Files(reads, searches, check, warmUp, bookings);
    }

    /// <summary>30-minute treatments from the first free day on, day by day, each half hour of the working day, each practitioner, patients in turn.</summary>
    private static IEnumerable<string> Bookings(SeededNetwork network, LoadData data)
    {
        var patient = 0;
        for (var day = data.FirstFreeDay; ; day = day.PlusDays(1))
        {
            for (var time = LoadSeeder.DayStart; time.PlusMinutes(30) <= LoadSeeder.DayEnd; time = time.PlusMinutes(30))
            {
                var start = OffsetDateTimePattern.ExtendedIso.Format(day.At(time).InZoneLeniently(data.Zone).ToOffsetDateTime());
                foreach (var practitioner in data.PractitionerIds)
                {
                    var body = JsonSerializer.Serialize(new
                    {
                        patientId = network.PatientIds[patient++ % network.PatientIds.Count],
                        practitionerId = practitioner,
                        type = "treatment-30",
                        start,
                    });
                    yield return $"POST /api/v1/appointments {body}";
                }
            }
        }
    }

    private sealed record Row(string Database, string Path, WrkResult Result, double Ratio, double? MinRatio)
    {
        public bool Met => Result.P99Ms < P99TargetMs && (MinRatio is not { } min || Ratio >= min) && Result.Non2xx == 0 && Result.SocketErrors == 0;

        public string Target => MinRatio is { } min ? $"≥ {min:P0} of plain, p99 < {P99TargetMs} ms" : $"p99 < {P99TargetMs} ms";
    }

    private static string Line(string name, WrkResult r) => string.Create(CultureInfo.InvariantCulture,
        $"  {name,-62} {r.RequestsPerSecond,9:F0} req/s  p50 {r.P50Ms,7:F2} ms  p99 {r.P99Ms,7:F2} ms  non-2xx {r.Non2xx}");

    private static string Report(LoadSettings settings, List<Row> rows, List<string> notes, DateTime started, string loadBefore, string loadAfter)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var data = DataOptions(settings, "sqlite");
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Load against plain Kestrel, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores ({cpu}), .NET {Environment.Version}; load average {loadBefore} before, {loadAfter} after. ")
            + string.Create(CultureInfo.InvariantCulture, $"Data: {data.Clinics} clinics × {data.PatientsPerClinic:N0} patients, {data.AuditEntries:N0} audit entries. ")
            + string.Create(CultureInfo.InvariantCulture, $"wrk -t{settings.Threads} -c{settings.Connections} -d{settings.Duration.TotalSeconds}s --latency --timeout 10s after {settings.WarmUp.TotalSeconds} s of warm-up per path; ")
            + "app and plain Kestrel each in their own process on 127.0.0.1, wrk on the same cores. "
            + (settings.App is null ? "App: the Release build output." : "App: published ReadyToRun (bench/load.sh), as a production image is built."));
        text.AppendLine();
        text.AppendLine("| database | path | req/s | p50 ms | p99 ms | non-2xx | vs plain Kestrel | target | met |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in rows)
        {
            var errors = r.Result.SocketErrors > 0 ? $" (+{r.Result.SocketErrors} socket errors)" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Database} | {r.Path} | {r.Result.RequestsPerSecond:F0} | {r.Result.P50Ms:F2} | {r.Result.P99Ms:F2} | {r.Result.Non2xx}{errors} | {r.Ratio:P1} | {r.Target} | {(r.Met ? "yes" : "**no**")} |");
        }

        text.AppendLine();
        foreach (var p in notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {p}");
        }

        return text.ToString();
    }

    private static async Task<string> PostgresVersionAsync(WebOptions options)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }

    private static WebOptions DataOptions(LoadSettings settings, string provider) =>
        WebOptions.Parse([.. DefaultData, .. settings.DataArgs, "--provider", provider]);

    internal static LoadSettings Parse(string[] args)
    {
        var providers = new List<string> { "sqlite", "postgres" };
        // Warm-up: under full load the tiered JIT's background thread gets little CPU, and a page as large
        // as the calendar day still ran on half-optimised code 25 s in (docs/performance.md, fourth round).
        int threads = 2, connections = 16, duration = 10, warmUp = 30;
        string? appDll = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--providers": providers = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--threads": threads = Number(); break;
                case "--connections": connections = Number(); break;
                case "--duration": duration = Number(); break;
                case "--warmup": warmUp = Number(); break;
                case "--app": appDll = Path.GetFullPath(Next()); break;
                default: rest.Add(args[i]); break;
            }
        }

        if (threads < 1 || connections < threads || duration < 1 || warmUp < 1 || providers.Count == 0)
        {
            throw new ArgumentException("--threads ≥ 1, --connections ≥ threads, --duration ≥ 1, --warmup ≥ 1 (seconds), --providers sqlite,postgres");
        }

        var lua = Path.Combine(BenchApp.RepositoryRoot(), "bench", "load.lua");
        if (appDll is not null && !File.Exists(appDll))
        {
            throw new ArgumentException($"--app: no such file {appDll}");
        }

        return new LoadSettings(providers, threads, connections, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), lua, [.. rest], appDll);
    }
}
