using System.Net;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;
using static BackPlan.Web.Tests.Features.Fhir.FhirResponses;
using static BackPlan.Web.Tests.Features.Fhir.FhirTestData;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>Create of QuestionnaireResponse and Observation (decision 0039): scored by the clinical core, stored like a form, refused whole.</summary>
public class FhirCreateTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> OpenEpisodeAsync(TestClinic clinic, Guid patientId) =>
        (await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, patientId)).EpisodeId;

    private static Task<List<BackPlan.Web.Features.Questionnaires.QuestionnaireResponse>> StoredAsync(TestClinic clinic, Guid patientId) =>
        clinic.QueryAsync(db => db.QuestionnaireResponses.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(Ct));

    [Fact]
    public async Task QuestionnaireResponse_Staff_IsScoredAndStoredLikeAForm_201WithLocation()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var episode = await OpenEpisodeAsync(clinic, clinic.PatientId);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await PostAsync(staff, Odi(clinic.PatientId));

        var created = await ResourceAsync<QuestionnaireResponse>(response, HttpStatusCode.Created);
        Assert.Equal($"/fhir/QuestionnaireResponse/{created.Id}", response.Headers.Location!.AbsolutePath);
        var stored = Assert.Single(await StoredAsync(clinic, clinic.PatientId));
        Assert.Equal((created.Id, "odi", 40m, episode, "baseline", false), (stored.Id.ToString(), stored.Instrument, stored.Score, stored.EpisodeId, stored.TimePoint, stored.ByPatient));
        Assert.Equal(10, created.Item.Count);
        // The same record is the Observation of its score, and its creation is audited against the patient.
        var observation = await ResourceAsync<Observation>(await staff.GetAsync($"/fhir/Observation/{created.Id}", Ct));
        Assert.Equal(40m, Assert.IsType<Quantity>(observation.Value).Value);
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "QuestionnaireResponse.added").ToListAsync(Ct));
        Assert.Equal(clinic.PatientId, Assert.Single(audit).PatientId);
        // A second one, unnamed, is a review.
        await ResourceAsync<QuestionnaireResponse>(await PostAsync(staff, Odi(clinic.PatientId, 1)), HttpStatusCode.Created);
        Assert.Equal(["baseline", "review"], (await StoredAsync(clinic, clinic.PatientId)).OrderBy(r => r.Score).Select(r => r.TimePoint).Reverse());
    }

    [Fact]
    public async Task Observation_PatientsOwnPain_IsStoredAsTheirs_AndComponentsAreTheOtherItems()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OpenEpisodeAsync(clinic, clinic.PatientId);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        var pain = Pain(clinic.PatientId, 6);
        pain.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(ObservationResource.InstrumentSystem, "nprs.worst"), Value = new Integer(8) });
        pain.Extension.Add(new Extension(FhirAnswers.TimePointExtension, new Code("pre_session")));

        var created = await ResourceAsync<Observation>(await PostAsync(patient, pain), HttpStatusCode.Created);

        Assert.Equal(6m, Assert.IsType<Quantity>(created.Value).Value);
        var stored = Assert.Single(await StoredAsync(clinic, clinic.PatientId));
        Assert.Equal((6m, 8m, "pre_session", true), (stored.Score, stored.Result.Subscales["worst"], stored.TimePoint, stored.ByPatient));
    }

    public static TheoryData<string, HttpStatusCode, string> Refusals => new()
    {
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:shoe-size","subject":{"reference":"Patient/{patient}"}}""", HttpStatusCode.UnprocessableEntity, "QuestionnaireResponse.questionnaire" },
        { """{"resourceType":"QuestionnaireResponse","status":"in-progress","questionnaire":"urn:backplan:instrument:nprs","subject":{"reference":"Patient/{patient}"},"item":[{"linkId":"nprs.current","answer":[{"valueInteger":3}]}]}""", HttpStatusCode.UnprocessableEntity, "QuestionnaireResponse.status" },
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:nprs","subject":{"reference":"Patient/{patient}"},"item":[{"linkId":"nprs.current","answer":[{"valueInteger":11}]}]}""", HttpStatusCode.UnprocessableEntity, "nprs.current" },
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:nprs","subject":{"reference":"Patient/{patient}"},"item":[{"linkId":"nprs.worst","answer":[{"valueInteger":4}]}]}""", HttpStatusCode.UnprocessableEntity, "item.nprs.current" },
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:nprs","subject":{"reference":"Patient/{patient}"},"item":[{"linkId":"nprs.current","answer":[{"valueString":"3"}]}]}""", HttpStatusCode.UnprocessableEntity, "nprs.current" },
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:nprs","subject":{"reference":"Patient/{patient}"},"item":[{"linkId":"colour","answer":[{"valueInteger":3}]}]}""", HttpStatusCode.UnprocessableEntity, "item.colour" },
        { """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"urn:backplan:instrument:nprs","item":[{"linkId":"nprs.current","answer":[{"valueInteger":3}]}]}""", HttpStatusCode.UnprocessableEntity, "QuestionnaireResponse.subject" },
        { """{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"urn:backplan:instrument","code":"odi"}]},"subject":{"reference":"Patient/{patient}"},"valueInteger":3}""", HttpStatusCode.UnprocessableEntity, "Observation.code" },
        { """{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"urn:backplan:instrument","code":"nprs"}]},"subject":{"reference":"Patient/{patient}"},"valueInteger":3,"effectiveDateTime":"2099-01-01T00:00:00Z"}""", HttpStatusCode.UnprocessableEntity, "Observation.effective" },
        { """{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"urn:backplan:instrument","code":"nprs"}]},"subject":{"reference":"Patient/{patient}"}}""", HttpStatusCode.UnprocessableEntity, "Observation.value" },
        { """{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"urn:backplan:instrument","code":"nprs"}]},"subject":{"reference":"Patient/{patient}"},"valueInteger":"three"}""", HttpStatusCode.BadRequest, "" },
        { """{"resourceType":"Patient","name":[{"family":"Wrong"}]}""", HttpStatusCode.BadRequest, "" },
        { """{"resourceType":"Observation",""", HttpStatusCode.BadRequest, "" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Create_Invalid_AnswersAnOperationOutcomeNamingIt_AndStoresNothing(string body, HttpStatusCode status, string field)
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OpenEpisodeAsync(clinic, clinic.PatientId);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var type = body.Contains("\"Observation\"", StringComparison.Ordinal) ? "Observation" : "QuestionnaireResponse";

        var outcome = await ResourceAsync<OperationOutcome>(await PostJsonAsync(staff, type, body.Replace("{patient}", clinic.PatientId.ToString(), StringComparison.Ordinal)), status);

        Assert.Contains(outcome.Issue, i => i.Diagnostics!.Contains(field, StringComparison.Ordinal));
        Assert.Empty(await StoredAsync(clinic, clinic.PatientId));
    }

    [Fact]
    public async Task Create_ForAnotherPatientOrClinic_403_AndWithoutAnOpenEpisode_422_StoringNothing()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var neighbour = (await clinic.RegisterPatientAsync("Next", "Door" + clinic.Tag)).Id;
        await OpenEpisodeAsync(clinic, neighbour);
        await OpenEpisodeAsync(other, other.PatientId);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        await ResourceAsync<OperationOutcome>(await PostAsync(patient, Pain(neighbour, 4)), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await PostAsync(patient, Odi(neighbour)), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await PostAsync(staff, Pain(other.PatientId, 4)), HttpStatusCode.Forbidden);
        await ResourceAsync<OperationOutcome>(await PostAsync(staff, Pain(Guid.NewGuid(), 4)), HttpStatusCode.Forbidden);
        var closed = await ResourceAsync<OperationOutcome>(await PostAsync(staff, Pain(clinic.PatientId, 4)), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("open episode", closed.Issue.Single().Diagnostics, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(clinic, neighbour));
        Assert.Empty(await StoredAsync(clinic, clinic.PatientId));
        Assert.Empty(await StoredAsync(other, other.PatientId));
    }

    [Fact]
    public async Task Create_NotFhirJson_415()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var response = await staff.PostAsync("/fhir/Observation", new StringContent("<Observation/>", System.Text.Encoding.UTF8, "application/fhir+xml"), Ct);

        await ResourceAsync<OperationOutcome>(response, HttpStatusCode.UnsupportedMediaType);
    }
}
