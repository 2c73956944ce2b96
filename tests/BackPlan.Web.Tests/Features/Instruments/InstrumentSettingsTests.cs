using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;
using Task = System.Threading.Tasks.Task;

namespace BackPlan.Web.Tests.Features.Instruments;

public class InstrumentSettingsTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LicenceGate_UntilAdminConfirms_LicensedInstrumentCannotBeSent()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        Assert.False(await MaySendAsync(clinic, "odi"));
        Assert.True(await MaySendAsync(clinic, "nprs"));

        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        var response = await admin.PutAsJsonAsync("/api/v1/instruments/odi/licence", new { note = "Mapi agreement 2026-114" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await MaySendAsync(clinic, "odi"));
        Assert.False(await MaySendAsync(other, "odi"));
        var licence = await InScopeAsync(clinic, s => s.LicenceAsync("odi", Ct));
        Assert.Equal($"Admin {clinic.Tag}", licence!.ConfirmedBy);
        Assert.Equal("Mapi agreement 2026-114", licence.Note);

        await admin.DeleteAsync("/api/v1/instruments/odi/licence", Ct);
        Assert.False(await MaySendAsync(clinic, "odi"));
    }

    [Fact]
    public async Task Licence_FreeInstrument_Returns400()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var response = await admin.PutAsJsonAsync("/api/v1/instruments/nprs/licence", new { }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Licence_Practitioner_Returns403()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var practitioner = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await practitioner.PutAsJsonAsync("/api/v1/instruments/odi/licence", new { }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ImportWording_ValidQuestionnaire_ReplacesDescriptionsForThisClinicOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var questionnaire = QuestionnaireResource.From(Catalogue.Find("pss4")!);
        foreach (var item in questionnaire.Item)
        {
            item.Text = $"Official wording of {item.LinkId}";
        }

        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        var response = await admin.PutAsync("/api/v1/instruments/pss4/wording", FhirBody(questionnaire), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var wording = await InScopeAsync(clinic, s => s.WordingAsync("pss4", Ct));
        Assert.Equal("Official wording of pss4.2", wording!.ItemTexts["pss4.2"]);
        Assert.Null(await InScopeAsync(other, s => s.WordingAsync("pss4", Ct)));
        using var staff = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var page = await staff.GetStringAsync("/instruments/pss4", Ct);
        Assert.Contains("Official wording of pss4.3", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportWording_WrongLinkIdsOrMissingItems_Returns400NamingThem()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var questionnaire = QuestionnaireResource.From(Catalogue.Find("peg")!);
        questionnaire.Item[0].LinkId = "peg.unknown";
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var response = await admin.PutAsync("/api/v1/instruments/peg/wording", FhirBody(questionnaire), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("item.peg.unknown", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("item.peg.pain", out _), errors.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"resourceType":"Patient"}""")]
    [InlineData("""{"resourceType":"Questionnaire","status":"nonsense"}""")]
    public async Task ImportWording_NotAQuestionnaire_Returns400(string body)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var response = await admin.PutAsync("/api/v1/instruments/peg/wording", new StringContent(body, System.Text.Encoding.UTF8, FhirJson.MediaType), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("questionnaire", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static StringContent FhirBody(Questionnaire questionnaire) =>
        new(FhirJson.Serialize(questionnaire), System.Text.Encoding.UTF8, FhirJson.MediaType);

    private static Task<bool> MaySendAsync(TestClinic clinic, string code) => InScopeAsync(clinic, s => s.MaySendToPatientsAsync(code, Ct));

    private static Task<T> InScopeAsync<T>(TestClinic clinic, Func<InstrumentSettings, Task<T>> act) =>
        clinic.InScopeAsync(sp => act(sp.GetRequiredService<InstrumentSettings>()));
}
