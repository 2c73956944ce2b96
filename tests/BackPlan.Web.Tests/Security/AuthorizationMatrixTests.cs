using System.Text;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// Every endpoint of the app, called by every role (and no one) on its own patient's record,
/// another patient's and another clinic's, must answer as authorization-matrix.txt says.
/// </summary>
public class AuthorizationMatrixTests(SecurityApp app) : IClassFixture<SecurityApp>
{
    [Fact]
    public void EveryEndpoint_HasAnEntry_AndEveryEntryAnEndpoint()
    {
        var endpoints = AppEndpoints.Of(app.Services).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var rows = MatrixRow.Load();
        var keys = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var missing in endpoints.Where(e => !keys.Contains(e)).Order(StringComparer.Ordinal))
        {
            problems.Add($"The endpoint '{missing}' has no entry in tests/BackPlan.Web.Tests/Security/{MatrixRow.FileName}. "
                + $"Add one line for it, e.g. '{missing} | id=@patient | signin | 403 403 403 | ok ok 404 | ok ok 404 | ok ok 404' "
                + "with the answers you intend (the file's header explains the columns); the test then calls it as every role.");
        }

        foreach (var stale in rows.Where(r => !endpoints.Contains(r.Key)))
        {
            problems.Add($"{MatrixRow.FileName} line {stale.Line}: '{stale.Key}' is no longer an endpoint of the app; remove the line (or fix its method and route).");
        }

        foreach (var duplicate in rows.GroupBy(r => r.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"{MatrixRow.FileName}: '{duplicate.Key}' has more than one line ({string.Join(", ", duplicate.Select(r => r.Line))}).");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachRoleAndTarget_AsTheMatrixSays()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = await DemoRecords.LoadAsync(app);
        var endpoints = AppEndpoints.Of(app.Services).ToDictionary(e => e.Key, StringComparer.Ordinal);
        using var callers = new Callers(app);
        var wrong = new List<string>();
        var calls = 0;

        // Calls that end the session run last, each with a sign-in of its own.
        foreach (var row in MatrixRow.Load().Where(r => r.SkipReason is null && endpoints.ContainsKey(r.Key)).OrderBy(r => EndsSession(r.Key)))
        {
            var endpoint = endpoints[row.Key];
            var seen = new Dictionary<string, List<string>>();
            foreach (var caller in MatrixRow.Callers)
            {
                seen[caller] = [];
                var targets = caller == MatrixRow.Anonymous ? [Target.Own] : row.Targets;
                foreach (var target in targets)
                {
                    var path = row.PathFor(records, target);
                    var otherClinic = target == Target.OtherClinic;
                    HttpClient? own = null;
                    var client = EndsSession(row.Key) && caller != MatrixRow.Anonymous
                        ? own = await callers.SignInAsync(caller, otherClinic, endpoint.IsApi)
                        : await callers.ClientAsync(caller, otherClinic, endpoint.IsApi);
                    using var request = new HttpRequestMessage(new HttpMethod(endpoint.CallMethod), path);
                    if (endpoint.CallMethod is "POST" or "PUT" or "PATCH")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request, ct);
                    own?.Dispose();
                    calls++;
                    seen[caller].Add(Callers.ClassOf(response, path));
                }
            }

            if (MatrixRow.Callers.Any(c => !seen[c].SequenceEqual(row.Answers[c])))
            {
                wrong.Add($"line {row.Line}, expected: {Line(row, c => row.Answers[c])}");
                wrong.Add($"{new string(' ', row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 5)}   answered: {Line(row, c => seen[c])}");
            }
        }

        TestContext.Current.SendDiagnosticMessage($"Authorization matrix: {calls} calls.");
        Assert.True(wrong.Count == 0, $"Answers that differ from {MatrixRow.FileName}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    private static bool EndsSession(string key) => key.Contains("sign-out", StringComparison.Ordinal);

    private static string Line(MatrixRow row, Func<string, IEnumerable<string>> answers) =>
        $"{row.Key} | {(row.Values.Count == 0 ? "-" : string.Join(", ", row.Values.Select(v => $"{v.Key}={v.Value}")))} | "
        + string.Join(" | ", MatrixRow.Callers.Select(c => string.Join(' ', answers(c))));
}
