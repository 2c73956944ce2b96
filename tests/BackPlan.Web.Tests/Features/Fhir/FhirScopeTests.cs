using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using static BackPlan.Web.Tests.Features.Fhir.FhirResponses;
using static BackPlan.Web.Tests.Features.Fhir.FhirTestData;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>SMART-style scopes on tokens (decision 0039): granted by role, narrowed on request, checked by every FHIR endpoint.</summary>
public class FhirScopeTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> TokenAsync(string email, string? scope) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email, password = TestClinic.Password, code = TwoFactorKeys.CodeFor(email), scope }, Ct);

    private async Task<(HttpClient Client, string Scope)> SignInAsync(string email, string? scope)
    {
        var response = await TokenAsync(email, scope);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return (client, body.GetProperty("scope").GetString()!);
    }

    [Fact]
    public async Task Token_WithoutScope_GrantsTheRolesFullSet()
    {
        var clinic = await TestClinic.CreateAsync(app);

        var patient = (await SignInAsync(clinic.PatientEmail, null)).Scope;
        var practitioner = (await SignInAsync(clinic.PractitionerEmail, null)).Scope;
        var frontDesk = (await SignInAsync(clinic.FrontDeskEmail, null)).Scope;

        Assert.Equal("patient/*.read patient/QuestionnaireResponse.write patient/Observation.write", patient);
        Assert.Equal("user/*.read user/QuestionnaireResponse.write user/Observation.write", practitioner);
        Assert.Equal("user/*.read", frontDesk);
    }

    [Fact]
    public async Task NarrowedPatientToken_ReadsOnlyItsTypes_AndCannotWrite_403()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        var (client, scope) = await SignInAsync(clinic.PatientEmail, "openid launch/patient patient/Observation.read");
        using var narrowed = client;

        Assert.Equal("patient/Observation.read", scope);
        await ResourceAsync<Bundle>(await narrowed.GetAsync("/fhir/Observation", Ct));
        var refused = await ResourceAsync<OperationOutcome>(await narrowed.GetAsync($"/fhir/Patient/{clinic.PatientId}", Ct), HttpStatusCode.Forbidden);
        Assert.Equal(OperationOutcome.IssueType.Forbidden, refused.Issue.Single().Code);
        await ResourceAsync<OperationOutcome>(await narrowed.GetAsync("/fhir/Appointment", Ct), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await narrowed.GetAsync($"/fhir/Patient/{clinic.PatientId}/$everything", Ct), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await PostAsync(narrowed, Pain(clinic.PatientId, 2)), HttpStatusCode.Forbidden);
        Assert.Empty(await clinic.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.QuestionnaireResponses, Ct)));
    }

    [Fact]
    public async Task Everything_GivesOnlyTheTypesTheScopesRead()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episode, _) = await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.RespondAsync(clinic, clinic.PatientId, episode, "nprs", new() { ["nprs.current"] = 4 }, 1);
        using var full = (await SignInAsync(clinic.PatientEmail, null)).Client;
        using var narrowed = (await SignInAsync(clinic.PatientEmail, "patient/Patient.read patient/Observation.read")).Client;

        var all = await ResourceAsync<Bundle>(await full.GetAsync($"/fhir/Patient/{clinic.PatientId}/$everything", Ct));
        var some = await ResourceAsync<Bundle>(await narrowed.GetAsync($"/fhir/Patient/{clinic.PatientId}/$everything", Ct));

        Assert.Contains(all.Entry, e => e.Resource is EpisodeOfCare);
        Assert.Equal(["Observation", "Patient"], some.Entry.Select(e => e.Resource!.TypeName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FrontDesk_MayNotCreate_403_AndAReadOnlyPractitionerNeither()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var frontDesk = (await SignInAsync(clinic.FrontDeskEmail, null)).Client;
        using var readOnly = (await SignInAsync(clinic.PractitionerEmail, "user/*.read")).Client;

        await ResourceAsync<OperationOutcome>(await PostAsync(frontDesk, Odi(clinic.PatientId)), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await PostAsync(readOnly, Pain(clinic.PatientId, 2)), HttpStatusCode.Forbidden);
        await ResourceAsync<Bundle>(await readOnly.GetAsync("/fhir/Patient", Ct));
    }

    [Fact]
    public async Task NarrowedAdminToken_ExportsOnlyItsTypes()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = (await SignInAsync(clinic.AdminEmail, "user/Patient.read")).Client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/$export?_type=Observation");
        request.Headers.Add("Prefer", "respond-async");

        await ResourceAsync<OperationOutcome>(await admin.SendAsync(request, Ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("patient", "user/*.read")]
    [InlineData("patient", "system/*.read")]
    [InlineData("practitioner", "patient/*.read")]
    [InlineData("practitioner", "user/Observation.delete")]
    [InlineData("frontdesk", "user/Observation.write")]
    [InlineData("patient", "openid")]
    public async Task Token_AskingForScopesNotHeld_400(string who, string scope)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var email = who switch { "patient" => clinic.PatientEmail, "frontdesk" => clinic.FrontDeskEmail, _ => clinic.PractitionerEmail };

        var response = await TokenAsync(email, scope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scope", out _));
    }

    [Fact]
    public void Scopes_WildcardsCoverTheirTypesAndAccess()
    {
        // patient/*.write is more than the patient holds (two types): only what is held is granted.
        Assert.Equal("patient/Observation.read", FhirScopes.Grant("patient/Observation.read patient/*.write", "Patient").Granted);
        Assert.Null(FhirScopes.Grant("patient/Appointment.write", "Patient").Granted);
        Assert.Null(FhirScopes.Grant("user/*.*", "FrontDesk").Granted);
        Assert.Equal("user/*.read", FhirScopes.Grant("user/*.read", "FrontDesk").Granted);
    }
}
