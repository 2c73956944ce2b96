using System.Globalization;
using System.Text.Json;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Screening;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Short ways to build plan requests in tests.</summary>
public static class PlanTestData
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>A subacute request (80 days) with the given STarT Back group, findings, screening answers and goals.</summary>
    public static PlanRequest Request(
        string sbst = "medium",
        PlanFinding[]? findings = null,
        string[]? present = null,
        PlanGoal[]? goals = null,
        int days = 80,
        int? age = 44) =>
        new(
            Date("2026-09-01"),
            Date("2026-09-01").AddDays(days),
            sbst,
            new ScreeningInput(age, (present ?? []).ToDictionary(c => c, _ => (Answer?)new Answer.Boolean(true))),
            findings ?? [],
            goals ?? []);

    public static PlanFinding F(string code, string? region = null, string? side = null, int severity = 2) => new(code, region, side, severity);

    public static PlanRecommendation Recommend(PlanRequest request)
    {
        var outcome = PlanRecommender.Recommend(request);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return outcome.Result!;
    }

    public static ScreeningResult Screen(PlanRequest request) => Screener.Evaluate(request.Screening!).Result!;
}
