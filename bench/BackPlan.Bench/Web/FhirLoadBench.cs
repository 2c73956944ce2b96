using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BackPlan.Bench.Web;

/// <summary>
/// Issue 14's FHIR benchmark: wrk against the FHIR read of a Patient, the Observation search by
/// subject and the Observation create, on PostgreSQL with 100k patients and 1M observations, each
/// beside plain Kestrel returning the very JSON the app answered, in one run. Run through
/// <c>bench/fhir.sh</c>. Exits 1 when a target is missed.
/// </summary>
internal static class FhirLoadBench
{
    private static readonly string[] DefaultData = ["--clinics", "25", "--patients", "4000", "--audit", "500000"];

    public static async Task<int> RunAsync(string[] args)
    {
        LoadSettings settings;
        WebOptions options;
        int observations;
        try
        {
            var rest = args.ToList();
            observations = TakeNumber(rest, "--observations", 1_000_000);
            settings = LoadBench.Parse([.. rest, "--providers", "postgres"]);
            options = WebOptions.Parse([.. DefaultData, .. settings.DataArgs, "--provider", "postgres"]);
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

        SeededNetwork network;
        await using (var seeding = new BenchApp(options, captureSql: false))
        {
            network = await NetworkSeeder.EnsureAsync(seeding, options);
            // One episode per patient, the observations spread over them (ten each at 1M).
            await JourneySeeder.EnsureAsync(seeding, 0, 0, options.Clinics * options.PatientsPerClinic, observations);
        }

        var root = BenchApp.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("backplan-fhir-").FullName;
        var started = DateTime.UtcNow;
        var loadBefore = WebBench.LoadAverage();
        var rows = new List<string>();
        var missed = 0;
        try
        {
            var json = Directory.CreateDirectory(Path.Combine(work, "json")).FullName;
            var dll = settings.App ?? Path.Combine(root, "src", "BackPlan.Web", "bin", "Release", "net10.0", "BackPlan.Web.dll");
            var content = settings.App is { } published ? Path.GetDirectoryName(published)! : BenchApp.WebProjectFolder();
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = options.Provider,
                ["ConnectionStrings__BackPlan"] = options.ConnectionString,
                ["Demo__Enabled"] = "false",
                ["Email__PickupDirectory"] = Path.Combine(work, "mail"),
            };
            var (app, _) = await ServerProcess.StartAsync(dll, content, environment, "/health");
            await using (app)
            {
                using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
                var token = await WebBench.TokenAsync(http, network.PractitionerEmail, network.Password);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var paths = Paths(network, work);
                // What the app answers is what plain Kestrel serves beside it.
                foreach (var path in paths)
                {
                    await File.WriteAllTextAsync(Path.Combine(json, path.Plain), await FirstAnswerAsync(http, path));
                }

                var (plain, _) = await ServerProcess.StartAsync(
                    Path.Combine(root, "bench", "PlainKestrel", "bin", "Release", "net10.0", "PlainKestrel.dll"), work,
                    new Dictionary<string, string> { ["PlainKestrel__JsonFolder"] = json }, "/");
                await using (plain)
                {
                    foreach (var path in paths)
                    {
                        var plainFile = Path.Combine(work, $"plain-{path.Plain}.txt");
                        await File.WriteAllLinesAsync(plainFile, [$"{path.Method} /json/{path.Plain}{(path.Method == "POST" ? " {}" : "")}"]);
                        var ceiling = await MeasureAsync(settings, plain.BaseUrl + "/", null, plainFile);
                        var result = await MeasureAsync(settings, app.BaseUrl + "/", token, path.File);
                        var met = result.RequestsPerSecond >= path.Target && result.P99Ms < 50 && result.Non2xx == 0 && result.SocketErrors == 0;
                        missed += met ? 0 : 1;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {path.Name,-50} {result.RequestsPerSecond,8:F0} req/s p50 {result.P50Ms:F2} p99 {result.P99Ms:F2} | plain {ceiling.RequestsPerSecond:F0} req/s {(met ? "ok" : "MISSED")}"));
                        rows.Add(string.Create(CultureInfo.InvariantCulture,
                            $"| {path.Name} | {result.RequestsPerSecond:F0} | {result.P50Ms:F2} | {result.P99Ms:F2} | {result.Non2xx + result.SocketErrors} | {ceiling.RequestsPerSecond:F0} | {ceiling.P50Ms:F2} | {ceiling.P99Ms:F2} | {result.RequestsPerSecond / ceiling.RequestsPerSecond:P1} | ≥ {path.Target:N0} req/s, p99 < 50 ms | {(met ? "yes" : "**no**")} |"));
                    }
                }

                rows.Add(string.Create(CultureInfo.InvariantCulture, $"\n- The app's peak RSS (VmHWM): {app.PeakRssMb():F0} MB."));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## FHIR against plain Kestrel, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores ({cpu}), .NET {Environment.Version}; load average {loadBefore} before, {WebBench.LoadAverage()} after. ")
            + string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: {options.Clinics} clinics × {options.PatientsPerClinic:N0} patients, {observations:N0} observations. ")
            + string.Create(CultureInfo.InvariantCulture, $"wrk -t{settings.Threads} -c{settings.Connections} -d{settings.Duration.TotalSeconds}s after {settings.WarmUp.TotalSeconds} s of warm-up; ")
            + "plain Kestrel answers each path with the JSON the app gave for it.");
        text.AppendLine();
        text.AppendLine("| path | req/s | p50 ms | p99 ms | non-2xx | plain Kestrel req/s | plain p50 ms | plain p99 ms | app / plain | target | met |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(row);
        }

        Console.WriteLine();
        Console.WriteLine(text);
        var results = Directory.CreateDirectory(Path.Combine(root, "bench", "results")).FullName;
        var file = Path.Combine(results, $"fhir-{started:yyyy-MM-dd-HHmm}.md");
        await File.WriteAllTextAsync(file, text.ToString());
        Console.WriteLine($"Written to {Path.GetRelativePath(root, file)}.");
        Console.WriteLine(missed == 0 ? "All targets met." : $"{missed} target(s) missed.");
        return missed == 0 ? 0 : 1;
    }

    /// <summary>A measured FHIR interaction: its wrk request lines, the name plain Kestrel serves its JSON under, and its req/s target (issue 14: five times Medplum's).</summary>
    private sealed record FhirPath(string Name, string Method, string File, string Plain, double Target, HttpStatusCode Status);

    private static List<FhirPath> Paths(SeededNetwork network, string work)
    {
        var reads = Path.Combine(work, "fhir-reads.txt");
        File.WriteAllLines(reads, network.PatientIds.Select(id => $"GET /fhir/Patient/{id}"));
        var searches = Path.Combine(work, "fhir-searches.txt");
        File.WriteAllLines(searches, network.PatientIds.Select(id => $"GET /fhir/Observation?subject=Patient/{id}"));
        var creates = Path.Combine(work, "fhir-creates.txt");
        File.WriteAllLines(creates, Enumerable.Range(0, 20_000).Select(i => $"POST /fhir/Observation {PainObservation(network.PatientIds[i % network.PatientIds.Count], i % 11)}"));
        return
        [
            new("FHIR read `GET /fhir/Patient/{id}`", "GET", reads, "patient", 7000, HttpStatusCode.OK),
            new("FHIR search `GET /fhir/Observation?subject=`", "GET", searches, "observations", 3600, HttpStatusCode.OK),
            new("FHIR create `POST /fhir/Observation`", "POST", creates, "observation", 1600, HttpStatusCode.Created),
        ];
    }

    /// <summary>A pain score now (NPRS, LOINC 72514-3) for the patient, as a phone app would send it.</summary>
    private static string PainObservation(Guid patientId, int score) => JsonSerializer.Serialize(new
    {
        resourceType = "Observation",
        status = "final",
        category = new[] { new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/observation-category", code = "survey" } } } },
        code = new { coding = new[] { new { system = "http://loinc.org", code = "72514-3" } } },
        subject = new { reference = $"Patient/{patientId}" },
        effectiveDateTime = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
        valueQuantity = new { value = score, unit = "{score}", system = "http://unitsofmeasure.org", code = "{score}" },
    });

    /// <summary>One request of the path with its exact status (wrk counts every answer); its body is what plain Kestrel then serves.</summary>
    private static async Task<string> FirstAnswerAsync(HttpClient http, FhirPath path)
    {
        var parts = File.ReadLines(path.File).First().Split(' ', 3);
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        if (parts.Length == 3)
        {
            request.Content = new StringContent(parts[2], Encoding.UTF8, "application/fhir+json");
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == path.Status ? body
            : throw new InvalidOperationException($"{parts[0]} {parts[1]} answered {(int)response.StatusCode}, not {(int)path.Status}: {body}");
    }

    private static async Task<WrkResult> MeasureAsync(LoadSettings settings, string url, string? token, string file)
    {
        await Wrk.RunAsync(settings, settings.WarmUp, url, token, file);
        return await Wrk.RunAsync(settings, settings.Duration, url, token, file);
    }

    private static int TakeNumber(List<string> args, string name, int fallback)
    {
        var i = args.IndexOf(name);
        if (i < 0)
        {
            return fallback;
        }

        if (i + 1 >= args.Count || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new ArgumentException($"{name} needs a number ≥ 0");
        }

        args.RemoveRange(i, 2);
        return value;
    }
}
