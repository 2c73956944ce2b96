using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Plans;

public class PlansApiTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Example = """
        { "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "sbst": "medium",
          "screening": { "age": 44, "answers": { "ci.anticoagulants": true } },
          "findings": [ { "code": "restricted_glide", "region": "quadratus_lumborum", "side": "left", "severity": 2 },
                        { "code": "low_endurance", "severity": 2 } ],
          "goals": [ { "id": "psfs.1", "label": "lift my daughter" } ] }
        """;

    [Fact]
    public async Task Recommend_ContractExample_ReturnsSubacuteProgramWithoutDeepTechniques()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(Example, System.Text.Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subacute", body.GetProperty("durationClass").GetString());
        Assert.Equal(6, body.GetProperty("schedule").GetProperty("sessions").GetInt32());
        Assert.Equal(4, body.GetProperty("reviewAfterSession").GetInt32());
        var techniques = body.GetProperty("elements").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "soft_tissue")
            .Select(e => e.GetProperty("technique").GetString()).ToList();
        Assert.NotEmpty(techniques);
        Assert.DoesNotContain("active_release", techniques);
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "deep_technique_replaced");
    }

    [Fact]
    public async Task Recommend_UnknownCodes_Returns400NamingThem()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(
            """{ "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "sbst": "huge", "findings": [ { "code": "wobbly", "severity": 2 } ] }""",
            System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sbst", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("findings[0].code", out _), errors.ToString());
    }

    [Fact]
    public async Task Recommend_RedFlagWithoutSbst_ReturnsReferralOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(
            """{ "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "screening": { "age": 44, "answers": { "rf.bladder_change": true } } }""",
            System.Text.Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var element = Assert.Single(body.GetProperty("elements").EnumerateArray());
        Assert.Equal("referral", element.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Recommend_RedFlagWithUnknownSbst_Returns400NamingSbst()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(
            """{ "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "sbst": "huge", "screening": { "age": 44, "answers": { "rf.bladder_change": true } } }""",
            System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sbst", out _), errors.ToString());
    }

    [Fact]
    public async Task Recommend_NoSbstWithoutRedFlag_Returns400NamingSbst()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(
            """{ "onsetDate": "2026-09-01", "assessedOn": "2026-11-20", "screening": { "age": 44, "answers": {} } }""",
            System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sbst", out _), errors.ToString());
    }

    [Fact]
    public async Task Recommend_SignedOut_Returns401()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(Example, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Recommend_PatientRole_Returns403()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PatientEmail);

        var response = await client.PostAsync("/api/v1/plans/recommend", new StringContent(Example, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
