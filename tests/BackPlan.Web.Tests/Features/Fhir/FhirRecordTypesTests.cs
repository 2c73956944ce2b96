using System.Net;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using static BackPlan.Web.Tests.Features.Fhir.FhirTestData;
using Task = System.Threading.Tasks.Task;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>
/// The resource types of decision 0037 (Encounter, QuestionnaireResponse, CarePlan, Goal, Procedure,
/// Consent, AuditEvent, PractitionerRole, and Observations of physical tests and soreness): what they
/// carry, who may read them, their audit, and their round trip through Firely.
/// </summary>
public class FhirRecordTypesTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<T> ReadAsync<T>(HttpClient client, string id)
        where T : Resource => await ResourceAsync<T>(await client.GetAsync($"/fhir/{ModelInfo.GetFhirTypeNameForType(typeof(T))}/{id}", Ct));

    private static async Task<List<Resource>> SearchAsync(HttpClient client, string type, string query) =>
        [.. (await ResourceAsync<Bundle>(await client.GetAsync($"/fhir/{type}?{query}", Ct))).Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource!)];

    [Fact]
    public async Task NewTypes_CarryTheRecordsTheyAreMadeOf()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var records = await AddRecordsAsync(clinic, clinic.PatientId);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var patient = $"Patient/{clinic.PatientId}";

        var encounter = await ReadAsync<Encounter>(staff, records.Appointment.ToString());
        Assert.Equal((Encounter.EncounterStatus.Finished, patient, $"Appointment/{records.Appointment}"), (encounter.Status, encounter.Subject!.Reference, encounter.Appointment.Single().Reference));

        var form = await ReadAsync<QuestionnaireResponse>(staff, records.Psfs.ToString());
        var goalItem = form.Item.Single(i => i.LinkId == "psfs.1");
        Assert.Equal(("urn:backplan:instrument:psfs", "Lifting boxes", 3), (form.Questionnaire, goalItem.Text, Assert.IsType<Integer>(goalItem.Answer.Single().Value).Value));

        var plan = await ReadAsync<CarePlan>(staff, records.Plan.ToString());
        Assert.Equal((RequestStatus.Active, CarePlan.CarePlanIntent.Plan, 3), (plan.Status, plan.Intent, plan.Activity.Count));
        Assert.Contains(plan.Activity, a => a.Detail!.Code!.Coding.Single().Code == "exercise/pelvic_tilt" && a.Detail!.Description!.Contains("2 sets", StringComparison.Ordinal));

        var goal = await ReadAsync<Goal>(staff, records.Goal);
        Assert.Equal((Goal.GoalLifecycleStatus.Active, "Lifting boxes", patient), (goal.LifecycleStatus, goal.Description!.Text, goal.ExpressedBy!.Reference));
        Assert.Contains(goal.Description!.Coding, c => c.Code == "lifting");
        Assert.Equal(2, (await SearchAsync(staff, "Goal", $"patient={clinic.PatientId}")).Count);

        var technique = await ReadAsync<Procedure>(staff, records.Procedure);
        Assert.Equal((EventStatus.Completed, "myofascial_release", $"Encounter/{records.Appointment}"), (technique.Status, technique.Code!.Coding.Single().Code, technique.Encounter!.Reference));
        Assert.Equal("lumbar_paraspinals (left)", technique.BodySite.Single().Text);

        var consents = await SearchAsync(staff, "Consent", $"patient={clinic.PatientId}");
        Assert.Equal(["patient-privacy", "treatment"], consents.Cast<Consent>().Select(c => c.Scope.Coding.Single().Code).Order(StringComparer.Ordinal));

        var schober = await ReadAsync<Observation>(staff, records.Schober);
        Assert.Equal(("exam", 4.5m, "cm"), (schober.Category.Single().Coding.Single().Code, Assert.IsType<Quantity>(schober.Value).Value, ((Quantity)schober.Value).Unit));
        var finding = await ReadAsync<Observation>(staff, records.Finding);
        Assert.Equal(("hypertonicity", 2, "lumbar_paraspinals (left)"), (finding.Code.Coding.Single().Code, Assert.IsType<Integer>(finding.Value).Value, finding.BodySite!.Text));
        var soreness = await ReadAsync<Observation>(staff, records.Check.ToString());
        Assert.Equal(("post-session-soreness", 3m), (soreness.Code.Coding.Single().Code, Assert.IsType<Quantity>(soreness.Value).Value));

        var role = (PractitionerRole)Assert.Single(await SearchAsync(staff, "PractitionerRole", ""));
        Assert.Equal($"Organization/{clinic.Id}", role.Organization!.Reference);
    }

    [Fact]
    public async Task Observations_OfEveryKind_PageAcrossKinds_AndIncludeTheirSubject()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var records = await AddRecordsAsync(clinic, clinic.PatientId);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var all = (await SearchAsync(staff, "Observation", $"patient={clinic.PatientId}&_count=100")).Select(r => r.Id!).ToList();
        var paged = new List<string>();
        var next = $"/fhir/Observation?patient={clinic.PatientId}&_count=2";
        while (next is not null)
        {
            var page = await ResourceAsync<Bundle>(await staff.GetAsync(next, Ct));
            Assert.Equal(all.Count, page.Total);
            paged.AddRange(page.Entry.Select(e => e.Resource!.Id!));
            next = page.Link.SingleOrDefault(l => l.Relation == "next")?.Url;
        }

        // PSFS and NPRS scores, Schober, fingertip-to-floor, left straight-leg raise, one finding, soreness.
        Assert.True(all.Count == 7, string.Join(", ", all));
        Assert.Equal(all, paged);
        Assert.Contains(records.Nprs.ToString(), all);
        Assert.Contains(records.Check.ToString(), all);
        Assert.Equal([records.Schober], (await SearchAsync(staff, "Observation", "code=urn:backplan:physical-test|schober")).Select(r => r.Id));
        Assert.Equal([records.Finding], (await SearchAsync(staff, "Observation", "code=hypertonicity&date=lt2027")).Select(r => r.Id));
        var mixed = await SearchAsync(staff, "Observation", "code=nprs,slr-left,post-session-soreness");
        Assert.Equal(3, mixed.Count);
        var withSubject = await ResourceAsync<Bundle>(await staff.GetAsync("/fhir/Observation?code=slr-left&_include=Observation:subject", Ct));
        Assert.Equal(clinic.PatientId.ToString(), Assert.Single(withSubject.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Include).Resource!.Id);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Observation?code=shoe-size", Ct), HttpStatusCode.BadRequest);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Procedure?code=karate_chop", Ct), HttpStatusCode.BadRequest);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Goal?lifecycle-status=dreaming", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EveryType_AnotherPatientsRecord_IsNotFound_AndLeftOutOfSearches()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Cross", "Patient", new DateOnly(1971, 1, 1));
        var mine = await AddRecordsAsync(clinic, clinic.PatientId);
        var theirs = await AddRecordsAsync(clinic, neighbour);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        foreach (var (type, id) in theirs.Resources)
        {
            await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/{type}/{id}", Ct), HttpStatusCode.NotFound);
            var found = await SearchAsync(patient, type, "_count=100");
            Assert.DoesNotContain(found, r => r.Id == id);
        }

        foreach (var (type, id) in mine.Resources)
        {
            var own = await ResourceAsync<Resource>(await patient.GetAsync($"/fhir/{type}/{id}", Ct));
            Assert.Equal(id, own.Id);
        }
    }

    [Fact]
    public async Task EveryType_AnotherClinicsRecord_IsNotFound()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var theirs = await AddRecordsAsync(other, other.PatientId);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        var practitioner = await other.QueryAsync(db => db.Staff.Where(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner).Select(s => s.Id).FirstAsync(Ct));

        foreach (var (type, id) in theirs.Resources.Append(("PractitionerRole", practitioner.ToString())))
        {
            await ResourceAsync<OperationOutcome>(await admin.GetAsync($"/fhir/{type}/{id}", Ct), HttpStatusCode.NotFound);
            Assert.DoesNotContain(await SearchAsync(admin, type, "_count=100"), r => r.Id == id);
        }
    }

    [Fact]
    public async Task EveryRead_OfPatientData_IsAuditedAgainstThePatient()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Audit", "Trail", new DateOnly(1966, 2, 2));
        var records = await AddRecordsAsync(clinic, neighbour);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        foreach (var (type, id) in records.Resources)
        {
            await ResourceAsync<Resource>(await admin.GetAsync($"/fhir/{type}/{id}", Ct));
        }

        var reads = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("fhir.") && a.Action.EndsWith(".read")).ToListAsync(Ct));
        Assert.Equal(records.Resources.Count, reads.Count);
        Assert.All(reads, r => Assert.Equal(neighbour, r.PatientId));
        Assert.Equal(
            records.Resources.Select(r => $"{FhirTypes.All.Single(t => t.Name == r.Type).AuditAction}.read").Distinct().Order(StringComparer.Ordinal),
            reads.Select(r => r.Action).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AuditEvents_AdminsSeeTheClinics_APatientTheirOwn_OtherStaffNone()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Log", "Neighbour", new DateOnly(1990, 9, 9));
        var mine = await AddRecordsAsync(clinic, clinic.PatientId);
        var theirs = await AddRecordsAsync(clinic, neighbour);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        using var practitioner = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var read = await ReadAsync<AuditEvent>(admin, theirs.Audit.ToString());
        Assert.Equal($"Patient/{neighbour}", read.Entity.Single().What!.Reference);
        Assert.Contains(await SearchAsync(admin, "AuditEvent", $"patient={clinic.PatientId}"), r => r.Id == mine.Audit.ToString());
        await ResourceAsync<OperationOutcome>(await practitioner.GetAsync($"/fhir/AuditEvent/{mine.Audit}", Ct), HttpStatusCode.NotFound);
        Assert.Empty(await SearchAsync(practitioner, "AuditEvent", ""));
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/AuditEvent/{theirs.Audit}", Ct), HttpStatusCode.NotFound);
        var own = (await SearchAsync(patient, "AuditEvent", "_count=100")).Cast<AuditEvent>().ToList();
        Assert.Contains(own, e => e.Id == mine.Audit.ToString());
        Assert.All(own, e => Assert.Equal($"Patient/{clinic.PatientId}", e.Entity.Single().What!.Reference));
    }

    [Fact]
    public async Task EveryType_RoundTripsThroughFirelysParserAndSerializer_AndValidates()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await AddRecordsAsync(clinic, clinic.PatientId);
        await clinic.QueryAsync(db =>
        {
            db.Locations.Add(new BackPlan.Web.Features.Clinics.Location { Name = "Round Trip Room", AddressLine = "1 Main St", City = "Kraków", Phone = "+48 12 000 00 00" });
            return db.SaveChangesAsync(Ct);
        });
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        foreach (var type in FhirTypes.All)
        {
            var response = await admin.GetAsync($"/fhir/{type.Name}?_count=100", Ct);
            var json = await response.Content.ReadAsStringAsync(Ct);
            // Parsed strictly and validated (cardinalities, value formats, references) by ResourceAsync.
            var bundle = await ResourceAsync<Bundle>(response);
            Assert.True(bundle.Entry.Count > 0, $"no {type.Name} to round-trip");
            Assert.All(bundle.Entry, e => Assert.Equal(type.Name, e.Resource!.TypeName));
            Assert.Equal(json, FhirJson.Serialize(bundle));
            foreach (var resource in bundle.Entry.Select(e => e.Resource!))
            {
                var (again, problem) = FhirJson.Parse<Resource>(FhirJson.Serialize(resource));
                Assert.True(again is not null && again.IsExactly(resource), $"{type.Name}/{resource.Id} changed in a round trip: {problem}");
            }
        }
    }
}
