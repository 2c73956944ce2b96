using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// Bad input to every /api/v1 and /fhir endpoint (enumerated from the endpoint metadata, so a new
/// one is fuzzed without a change here), sent by each caller the authorization matrix lets in:
/// never a 5xx, and every refusal is a ProblemDetails (an OperationOutcome under /fhir).
/// BACKPLAN_FUZZ_SEED picks another seed (the default is fixed, so runs repeat); BACKPLAN_FUZZ_CASES
/// the number of requests per endpoint and caller.
/// </summary>
public partial class FuzzTests(SecurityApp app) : IClassFixture<SecurityApp>
{
    private const int DefaultSeed = 20261207;

    [Fact]
    public async Task EveryApiEndpoint_WithBadInput_NeverAnswers5xx_AndRefusesWithAProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BACKPLAN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("BACKPLAN_FUZZ_CASES"), CultureInfo.InvariantCulture, out var c) ? c : 12;
        TestContext.Current.SendDiagnosticMessage($"Fuzz seed {seed} (BACKPLAN_FUZZ_SEED), {cases} cases per endpoint and caller.");
        var input = new BadInput(new Random(seed));
        var records = await DemoRecords.LoadAsync(app);
        var fields = await BodyFieldsAsync();
        var rows = MatrixRow.Load().ToDictionary(r => r.Key, StringComparer.Ordinal);
        using var callers = new Callers(app);
        var failures = new List<string>();
        var calls = 0;

        foreach (var endpoint in AppEndpoints.Of(app.Services).Where(e => e.IsApi && !e.Route.Contains("sign-out", StringComparison.Ordinal)))
        {
            foreach (var caller in CallersLetIn(rows.GetValueOrDefault(endpoint.Key)))
            {
                var client = await callers.ClientAsync(caller, otherClinic: false, api: true);
                for (var i = 0; i < cases; i++)
                {
                    var path = ParameterPattern().Replace(endpoint.Route, m =>
                        m.Groups["guid"].Success && i % 2 == 0 && rows.GetValueOrDefault(endpoint.Key) is { } row && row.Values.Count > 0
                            ? row.PathFor(records, Target.Own).Split('/')[endpoint.Route.Split('/').ToList().IndexOf(m.Value)] // a real id: the body is what is bad
                            : input.RouteValue());
                    var method = endpoint.CallMethod;
                    using var request = new HttpRequestMessage(new HttpMethod(method), path + input.Query());
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = input.Body(fields.GetValueOrDefault($"{method} {Normalise(endpoint.Route)}", []));
                    }

                    var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
                    using var response = await client.SendAsync(request, ct);
                    calls++;
                    var problem = await ProblemOfAsync(response, endpoint.IsFhir, ct);
                    if (problem is not null)
                    {
                        failures.Add($"{caller} {method} {Shorten(request.RequestUri!.ToString())} [{request.Content?.Headers.ContentType}] {Shorten(body)} -> {problem}");
                    }
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"Fuzz: {calls} requests, {failures.Count} bad answers.");
        Assert.True(failures.Count == 0, $"Seed {seed}: {failures.Count} bad answers of {calls}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
    }

    /// <summary>The callers the matrix lets through (not signin, not 403); without a row (a new endpoint) everyone.</summary>
    private static IEnumerable<string> CallersLetIn(MatrixRow? row) =>
        row is null || row.SkipReason is not null ? MatrixRow.Callers
        : MatrixRow.Callers.Where(c => row.Answers[c][0] is not ("signin" or "403"));

    /// <summary>What is wrong with the answer, or null: a 5xx, or a 4xx that is not a ProblemDetails / OperationOutcome.</summary>
    private static async Task<string?> ProblemOfAsync(HttpResponseMessage response, bool fhir, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        if (status >= 500)
        {
            return $"{status} {Shorten(text)}";
        }

        if (status < 400)
        {
            return null;
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        try
        {
            using var json = JsonDocument.Parse(text);
            var ok = fhir
                ? type == "application/fhir+json" && json.RootElement.TryGetProperty("resourceType", out var rt) && rt.GetString() == "OperationOutcome"
                : type == "application/problem+json" && json.RootElement.TryGetProperty("status", out var st) && st.GetInt32() == status;
            return ok ? null : $"{status} {type} is not {(fhir ? "an OperationOutcome" : "a ProblemDetails")}: {Shorten(text)}";
        }
        catch (JsonException)
        {
            return $"{status} {type} is not {(fhir ? "an OperationOutcome" : "a ProblemDetails")}: {Shorten(text)}";
        }
    }

    /// <summary>The request bodies' property names, by "METHOD /route", from the app's OpenAPI document.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> BodyFieldsAsync()
    {
        using var client = app.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var schemas = doc.RootElement.GetProperty("components").TryGetProperty("schemas", out var sc) ? sc : default;
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("requestBody", out var rb) || !rb.TryGetProperty("content", out var content))
                {
                    continue;
                }

                var schema = content.EnumerateObject().First().Value.GetProperty("schema");
                if (schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object)
                {
                    schemas.TryGetProperty(reference.GetString()!.Split('/')[^1], out schema);
                }

                var names = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props)
                    ? props.EnumerateObject().Select(p => p.Name).ToList() : [];
                fields[$"{operation.Name.ToUpperInvariant()} {Normalise(path.Name)}"] = names;
            }
        }

        return fields;
    }

    /// <summary>A route with its parameters reduced to "{}", so the endpoint's and the OpenAPI document's spellings meet.</summary>
    private static string Normalise(string route) => AnyParameter().Replace(route, "{}").TrimEnd('/');

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"… ({text.Length} chars)" : text;

    [GeneratedRegex(@"\{[^}]*?(?<guid>:guid)?\}")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex AnyParameter();
}
