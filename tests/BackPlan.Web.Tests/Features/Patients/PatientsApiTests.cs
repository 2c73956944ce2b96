using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Patients;

public class PatientsApiTests(BackPlanApp app)
{
    [Fact]
    public async Task Create_ValidPatient_Returns201AndCanBeRead()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.FrontDeskEmail);

        var response = await client.PostAsJsonAsync("/api/v1/patients", new
        {
            givenName = "Ewa",
            familyName = "Nowak",
            dateOfBirth = "1988-07-01",
            email = "ewa.nowak@example.com",
            phone = "+48 600 100 200",
            consentToDataProcessing = true,
            consentToTreatment = true,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<PatientDto>(TestContext.Current.CancellationToken);
        Assert.Equal($"/api/v1/patients/{created!.Id}", response.Headers.Location!.ToString());
        Assert.True(created.TreatmentConsent.Given);
        Assert.Equal($"FrontDesk {clinic.Tag}", created.TreatmentConsent.By);
        Assert.NotNull(created.DataProcessingConsent.At);

        var read = await client.GetFromJsonAsync<PatientDto>($"/api/v1/patients/{created.Id}", TestContext.Current.CancellationToken);
        Assert.Equal("Ewa", read!.GivenName);
        Assert.Equal(new DateOnly(1988, 7, 1), read.DateOfBirth);
        Assert.Equal("+48 600 100 200", read.Phone);
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400NamingEachField()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsJsonAsync("/api/v1/patients", new
        {
            givenName = "",
            familyName = new string('x', 101),
            dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            email = "not-an-email",
            phone = "call me",
            consentToDataProcessing = false,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        foreach (var field in new[] { "givenName", "familyName", "dateOfBirth", "email", "phone", "consentToDataProcessing" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
        }
    }

    [Theory]
    [InlineData("{\"givenName\":", "")]
    [InlineData("{\"givenName\": 5}", "givenName")]
    [InlineData("{\"dateOfBirth\": \"yesterday\"}", "dateOfBirth")]
    public async Task Create_MalformedJson_Returns400ProblemWithoutStackTrace(string body, string field)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.PostAsync("/api/v1/patients", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"status\":400", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Contains(field, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchAndPaging_FindsByNameCaseInsensitively()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var family = "Zieliński" + clinic.Tag;
        for (var i = 0; i < 5; i++)
        {
            await clinic.RegisterPatientAsync($"Anna{i}", family);
        }

        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var search = Uri.EscapeDataString("zieliński" + clinic.Tag.ToUpperInvariant());
        var first = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>($"/api/v1/patients?search={search}&page=1&pageSize=2", TestContext.Current.CancellationToken);
        var third = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>($"/api/v1/patients?search={search}&page=3&pageSize=2", TestContext.Current.CancellationToken);

        Assert.Equal(5, first!.Total);
        Assert.Equal(["Anna0", "Anna1"], first.Items.Select(p => p.GivenName));
        Assert.Equal(["Anna4"], third!.Items.Select(p => p.GivenName));
    }

    [Fact]
    public async Task List_SearchWithWildcardCharacters_MatchesThemLiterally()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await clinic.RegisterPatientAsync("Ola", "Under_Score" + clinic.Tag);
        await clinic.RegisterPatientAsync("Ela", "UnderXScore" + clinic.Tag);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        // On PostgreSQL the search is a LIKE: "_" and "%" must not act as wildcards.
        var underscore = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>(
            $"/api/v1/patients?search={Uri.EscapeDataString("under_score" + clinic.Tag)}", TestContext.Current.CancellationToken);
        var percent = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>(
            $"/api/v1/patients?search={Uri.EscapeDataString("under%" + clinic.Tag)}", TestContext.Current.CancellationToken);

        Assert.Equal(["Ola"], underscore!.Items.Select(p => p.GivenName));
        Assert.Empty(percent!.Items);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=abc", "page")]
    public async Task List_BadPaging_Returns400NamingTheParameter(string query, string field)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.GetAsync($"/api/v1/patients?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await client.GetAsync($"/api/v1/patients/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
