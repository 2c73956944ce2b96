using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Bench.Web;

/// <summary>The journeys run's settings.</summary>
internal sealed record JourneySettings(
    string Provider, int Staff, int Portal, int Episodes, int Observations, TimeSpan Duration, TimeSpan WarmUp, TimeSpan Think, string? App, string[] DataArgs);

/// <summary>
/// Issue 15's load: simulated practitioners work through their day (sign in, the calendar, a
/// patient's page, a session note, a booking) and patients use the portal, all at once, against the
/// app as its own process on Kestrel. Each step's p50/p99 and requests per second are reported, with
/// plain Kestrel measured in the same run (the same users' pattern on <c>GET /</c>, and its ceiling
/// closed-loop). Run through <c>bench/journeys.sh</c>. Exits 1 when a staff step misses p99 &lt; 50 ms.
/// </summary>
internal static partial class JourneyBench
{
    private const double P99TargetMs = 50;
    private static readonly string[] DefaultData = ["--clinics", "25", "--patients", "4000", "--audit", "500000"];

    public static async Task<int> RunAsync(string[] args)
    {
        JourneySettings settings;
        WebOptions options;
        try
        {
            settings = Parse(args);
            options = WebOptions.Parse([.. DefaultData, .. settings.DataArgs, "--provider", settings.Provider]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (options.Reseed)
        {
            await WebBench.DropAsync(options);
        }

        JourneyData data;
        await using (var seeding = new BenchApp(options, captureSql: false))
        {
            await NetworkSeeder.EnsureAsync(seeding, options);
            data = await JourneySeeder.EnsureAsync(seeding, settings.Staff, settings.Portal, settings.Episodes, settings.Observations);
        }

        var root = BenchApp.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("backplan-journeys-").FullName;
        var started = DateTime.UtcNow;
        var loadBefore = WebBench.LoadAverage();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = options.Provider,
                ["ConnectionStrings__BackPlan"] = options.ConnectionString,
                ["Demo__Enabled"] = "false",
                ["Email__PickupDirectory"] = Path.Combine(work, "mail"),
                // 400 people sign in from one address here; in a clinic they come from many.
                ["SignIn__AttemptLimit"] = "100000",
            };
            var dll = settings.App ?? Path.Combine(root, "src", "BackPlan.Web", "bin", "Release", "net10.0", "BackPlan.Web.dll");
            var content = settings.App is { } published ? Path.GetDirectoryName(published)! : BenchApp.WebProjectFolder();
            var (plain, _) = await ServerProcess.StartAsync(Path.Combine(root, "bench", "PlainKestrel", "bin", "Release", "net10.0", "PlainKestrel.dll"), work, new Dictionary<string, string>(), "/");
            await using (plain)
            {
                var (app, _) = await ServerProcess.StartAsync(dll, content, environment, "/health");
                Recorder recorder;
                double peakRss;
                await using (app)
                {
                    Console.WriteLine($"{settings.Staff} practitioners and {settings.Portal} portal patients start over {settings.WarmUp.TotalSeconds:F0} s, then {settings.Duration.TotalSeconds:F0} s are measured (think time {settings.Think.TotalSeconds:F1} s on average)...");
                    recorder = await RunUsersAsync(settings, data, app.BaseUrl);
                    peakRss = app.PeakRssMb();
                }

                Console.WriteLine("Plain Kestrel: the same users' pattern on GET /, then closed-loop with 16 connections...");
                var plainUsers = await RunPlainAsync(settings, plain.BaseUrl);
                var ceiling = await ClosedLoopAsync(plain.BaseUrl, 16, TimeSpan.FromSeconds(10));
                var report = Report(settings, options, data, recorder, plainUsers, ceiling, peakRss, started, loadBefore, WebBench.LoadAverage());
                Console.WriteLine();
                Console.WriteLine(report.Text);
                var results = Path.Combine(root, "bench", "results");
                Directory.CreateDirectory(results);
                var file = Path.Combine(results, $"journeys-{started:yyyy-MM-dd-HHmm}.md");
                await File.WriteAllTextAsync(file, report.Text);
                Console.WriteLine($"Written to {Path.GetRelativePath(root, file)}.");
                Console.WriteLine(report.Missed == 0 ? "All targets met." : $"{report.Missed} target(s) missed.");
                return report.Missed == 0 ? 0 : 1;
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Every step's latencies; steps other than signing in count only inside the measured window.</summary>
    private sealed class Recorder(Stopwatch clock, TimeSpan from, TimeSpan to)
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new();
        private readonly ConcurrentDictionary<string, int> _errors = new();
        private int _shown;

        public TimeSpan Window => to - from;

        public bool Measuring => clock.Elapsed >= from && clock.Elapsed < to;

        public bool Over => clock.Elapsed >= to;

        public IEnumerable<(string Step, double[] Times, int Errors)> Steps =>
            _times.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal)
                .Select(k => (k, _times.TryGetValue(k, out var t) ? t.Order().ToArray() : [], _errors.GetValueOrDefault(k)));

        public void Add(string step, double ms, bool ok, bool always, string? error)
        {
            if (!always && !Measuring)
            {
                return;
            }

            _times.GetOrAdd(step, _ => []).Add(ms);
            if (!ok)
            {
                _errors.AddOrUpdate(step, 1, (_, n) => n + 1);
                if (Interlocked.Increment(ref _shown) <= 10)
                {
                    Console.WriteLine($"  {step}: {error}");
                }
            }
        }
    }

    private static async Task<Recorder> RunUsersAsync(JourneySettings settings, JourneyData data, string baseUrl)
    {
        var clock = Stopwatch.StartNew();
        var recorder = new Recorder(clock, settings.WarmUp, settings.WarmUp + settings.Duration);
        var users = data.Staff.Select((s, i) => (Func<Task>)(() => StaffDayAsync(s, i, baseUrl, settings, recorder)))
            .Concat(data.PortalEmails.Select((e, i) => (Func<Task>)(() => PortalAsync(e, i, baseUrl, settings, recorder))))
            .ToList();
        // People start their day one after another across the warm-up, not all in the same second.
        var step = settings.WarmUp / 2 / users.Count;
        await Task.WhenAll(users.Select(async (user, i) =>
        {
            await Task.Delay(step * i);
            await user();
        }));
        return recorder;
    }

    private static async Task StaffDayAsync(JourneyStaff staff, int index, string baseUrl, JourneySettings settings, Recorder recorder)
    {
        var random = new Random(index);
        using var http = NewClient(baseUrl);
        await SignInAsync(http, staff.Email, "staff", recorder);
        var token = await TokenAsync(http, staff.Email, recorder);
        var slot = 0;
        for (var i = 0; !recorder.Over; i++)
        {
            var today = SystemClock.Instance.GetCurrentInstant().InZone(staff.Zone).Date;
            await StepAsync(recorder, "staff: calendar day page `GET /calendar?date=`", http, HttpMethod.Get, $"/calendar?date={Iso(today)}", null, [HttpStatusCode.OK]);
            await ThinkAsync(settings, random);
            var (appointmentId, patientId) = staff.Earlier[i % staff.Earlier.Count];
            await StepAsync(recorder, "staff: patient page `GET /patients/{id}`", http, HttpMethod.Get, $"/patients/{patientId}", null, [HttpStatusCode.OK]);
            await ThinkAsync(settings, random);
            var note = await StepAsync(recorder, "staff: session note page `GET /appointments/{id}/note`", http, HttpMethod.Get, $"/appointments/{appointmentId}/note", null, [HttpStatusCode.OK]);
            await ThinkAsync(settings, random);
            if (note is not null && AntiforgeryToken().Match(note) is { Success: true } antiforgery)
            {
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_handler"] = "note",
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
                    ["findings"] = "1",
                    ["techniques"] = "1",
                    ["subjective"] = $"Pain 4/10 this morning, better after walking (visit {i}).",
                    ["objective"] = "Tender left lumbar paraspinals; flexion to mid-shin.",
                    ["assessment"] = "Settling as expected.",
                    ["plan"] = "Continue the home program; review in a week.",
                    ["action"] = "save",
                });
                await StepAsync(recorder, "staff: session note save (form POST)", http, HttpMethod.Post, $"/appointments/{appointmentId}/note", form, [HttpStatusCode.Redirect, HttpStatusCode.OK]);
                await ThinkAsync(settings, random);
            }

            var day = staff.FirstFreeDay.PlusDays(slot / Slots);
            var time = JourneySeeder.DayStart.PlusMinutes(30 * (slot % Slots));
            slot++;
            var booking = JsonContent.Create(new
            {
                patientId = staff.Earlier[(i + 1) % staff.Earlier.Count].PatientId,
                practitionerId = staff.StaffId,
                type = "treatment-30",
                start = OffsetDateTimePattern.ExtendedIso.Format(day.At(time).InZoneLeniently(staff.Zone).ToOffsetDateTime()),
            });
            await StepAsync(recorder, "staff: booking `POST /api/v1/appointments`", http, HttpMethod.Post, "/api/v1/appointments", booking, [HttpStatusCode.Created], bearer: token);
            await ThinkAsync(settings, random);
        }
    }

    private const int Slots = 28; // half hours from 07:00 to 21:00

    private static async Task PortalAsync(string email, int index, string baseUrl, JourneySettings settings, Recorder recorder)
    {
        var random = new Random(100_000 + index);
        using var http = NewClient(baseUrl);
        await SignInAsync(http, email, "patient", recorder);
        string[] paths = ["/portal", "/portal/today", "/api/v1/me/program", "/portal/progress", "/api/v1/me/progress", "/portal/appointments"];
        while (!recorder.Over)
        {
            foreach (var path in paths)
            {
                await StepAsync(recorder, $"patient: `GET {path}`", http, HttpMethod.Get, path, null, [HttpStatusCode.OK]);
                await ThinkAsync(settings, random);
            }
        }
    }

    private static HttpClient NewClient(string baseUrl) =>
        new(new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = new Uri(baseUrl) };

    /// <summary>
    /// A browser's cookies over plain http to 127.0.0.1: the app marks its cookies Secure outside
    /// development (decision 0029), which <see cref="CookieContainer"/> would then never send back here.
    /// </summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly ConcurrentDictionary<string, string> _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!_cookies.IsEmpty)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    var pair = value.Split(';', 2)[0].Split('=', 2);
                    var expired = value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                    if (expired || pair[1].Length == 0)
                    {
                        _cookies.TryRemove(pair[0], out _);
                    }
                    else
                    {
                        _cookies[pair[0]] = pair[1];
                    }
                }
            }

            return response;
        }
    }

    /// <summary>The sign-in page and its form post, as a browser does; recorded whenever they happen (they are spread over the warm-up).</summary>
    private static async Task SignInAsync(HttpClient http, string email, string who, Recorder recorder)
    {
        var page = await StepAsync(recorder, $"{who}: sign-in page `GET /account/sign-in`", http, HttpMethod.Get, "/account/sign-in", null, [HttpStatusCode.OK], always: true)
            ?? throw new InvalidOperationException("the sign-in page did not load");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = NetworkSeeder.Password,
        });
        await StepAsync(recorder, $"{who}: sign-in `POST /account/sign-in`", http, HttpMethod.Post, "/account/sign-in", form, [HttpStatusCode.Redirect], always: true);
    }

    private static async Task<string> TokenAsync(HttpClient http, string email, Recorder recorder)
    {
        var body = await StepAsync(recorder, "staff: token `POST /api/v1/auth/token`", http, HttpMethod.Post, "/api/v1/auth/token",
            JsonContent.Create(new { email, password = NetworkSeeder.Password }), [HttpStatusCode.OK], always: true)
            ?? throw new InvalidOperationException($"no token for {email}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>One request, timed until its body has arrived; returns the body when the status is one of <paramref name="expected"/>.</summary>
    private static async Task<string?> StepAsync(Recorder recorder, string step, HttpClient http, HttpMethod method, string url, HttpContent? content,
        HttpStatusCode[] expected, string? bearer = null, bool always = false)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ok = expected.Contains(response.StatusCode);
            recorder.Add(step, clock.Elapsed.TotalMilliseconds, ok, always, ok ? null : $"{method} {url} answered {(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
            return ok ? body : null;
        }
        catch (HttpRequestException e)
        {
            recorder.Add(step, clock.Elapsed.TotalMilliseconds, false, always, $"{method} {url}: {e.Message}");
            return null;
        }
    }

    private static Task ThinkAsync(JourneySettings settings, Random random) =>
        Task.Delay(settings.Think * (0.5 + random.NextDouble()));

    /// <summary>As many users as the app had, each requesting <c>GET /</c> with the same think time, for a third of the measured time.</summary>
    private static async Task<double[]> RunPlainAsync(JourneySettings settings, string baseUrl)
    {
        var users = settings.Staff + settings.Portal;
        var until = Stopwatch.StartNew();
        var window = settings.Duration / 3;
        var times = new ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async i =>
        {
            var random = new Random(200_000 + i);
            using var http = NewClient(baseUrl);
            await Task.Delay(settings.Think * random.NextDouble());
            while (until.Elapsed < window)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync("/");
                await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
                await ThinkAsync(settings, random);
            }
        }));
        return [.. times.Order()];
    }

    /// <summary>Requests per second of plain Kestrel's <c>GET /</c> with N connections sending back to back: the machine's ceiling for this client.</summary>
    private static async Task<double> ClosedLoopAsync(string baseUrl, int connections, TimeSpan duration)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            using var http = NewClient(baseUrl);
            while (clock.Elapsed < duration)
            {
                using var response = await http.GetAsync("/");
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref count);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static (string Text, int Missed) Report(JourneySettings settings, WebOptions options, JourneyData data, Recorder recorder, double[] plainUsers, double ceiling,
        double peakRss, DateTime started, string loadBefore, string loadAfter)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var text = new StringBuilder();
        var missed = 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"## Journeys: {settings.Staff} practitioners and {settings.Portal} portal patients, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores ({cpu}), .NET {Environment.Version}; load average {loadBefore} before, {loadAfter} after. ")
            + string.Create(CultureInfo.InvariantCulture,
                $"Data ({(options.IsPostgres ? "PostgreSQL" : "SQLite")}): {options.Clinics} clinics × {options.PatientsPerClinic:N0} patients, {options.AuditEntries:N0} audit entries, {data.Episodes:N0} episodes, {data.Observations:N0} observations. ")
            + string.Create(CultureInfo.InvariantCulture,
                $"Users start one after another over {settings.WarmUp.TotalSeconds:F0} s of warm-up; {recorder.Window.TotalSeconds:F0} s measured; think time {settings.Think.TotalSeconds:F1} s on average (0.5–1.5×) after every step. ")
            + (settings.App is null ? "App: the Release build output." : $"App: {settings.App} (bench/journeys.sh publishes it ReadyToRun).")
            + " App, plain Kestrel and the simulated users (this process) share the cores.");
        text.AppendLine();
        text.AppendLine("| step | requests | req/s | p50 ms | p99 ms | errors | target | met |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
        var total = 0;
        foreach (var (step, times, errors) in recorder.Steps)
        {
            var signIn = step.Contains("sign-in", StringComparison.Ordinal) || step.Contains("token", StringComparison.Ordinal);
            var staffStep = step.StartsWith("staff:", StringComparison.Ordinal);
            var p99 = Percentile(times, 0.99);
            var met = errors == 0 && (!staffStep || p99 < P99TargetMs);
            if (!met)
            {
                missed++;
            }

            if (!signIn)
            {
                total += times.Length;
            }

            var rate = signIn ? "" : string.Create(CultureInfo.InvariantCulture, $"{times.Length / recorder.Window.TotalSeconds:F1}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {step} | {times.Length} | {rate} | {Percentile(times, 0.5):F1} | {p99:F1} | {errors} | {(staffStep ? $"p99 < {P99TargetMs} ms" : "no errors")} | {(met ? "yes" : "**no**")} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| plain Kestrel `GET /`, the same {settings.Staff + settings.Portal} users | {plainUsers.Length} | {plainUsers.Length / (settings.Duration / 3).TotalSeconds:F1} | {Percentile(plainUsers, 0.5):F1} | {Percentile(plainUsers, 0.99):F1} | 0 | | |");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"- All steps but signing in: {total / recorder.Window.TotalSeconds:F0} requests/s through the app. Plain Kestrel's ceiling for this client, closed-loop with 16 connections: {ceiling:F0} requests/s."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- The app's peak RSS (VmHWM): {peakRss:F0} MB."));
        text.AppendLine("- Sign-in rows count every sign-in (they happen during the warm-up); the others only inside the measured window.");
        return (text.ToString(), missed);
    }

    private static JourneySettings Parse(string[] args)
    {
        string provider = "postgres";
        int staff = 200, portal = 200, episodes = 1_000_000, observations = 1_000_000, duration = 120, warmUp = 60;
        double think = 5;
        string? app = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--provider": provider = Next(); break;
                case "--staff": staff = Number(); break;
                case "--portal": portal = Number(); break;
                case "--episodes": episodes = Number(); break;
                case "--observations": observations = Number(); break;
                case "--duration": duration = Number(); break;
                case "--warmup": warmUp = Number(); break;
                case "--think": think = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--app": app = Path.GetFullPath(Next()); break;
                default: rest.Add(args[i]); break;
            }
        }

        if (staff < 1 || portal < 0 || episodes < 1 || observations < 0 || duration < 1 || warmUp < 1 || think < 0)
        {
            throw new ArgumentException("--staff ≥ 1, --portal ≥ 0, --episodes ≥ 1, --observations ≥ 0, --duration ≥ 1, --warmup ≥ 1 (seconds), --think ≥ 0 (seconds)");
        }

        if (app is not null && !File.Exists(app))
        {
            throw new ArgumentException($"--app: no such file {app}");
        }

        return new JourneySettings(provider, staff, portal, episodes, observations, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(think), app, [.. rest]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
