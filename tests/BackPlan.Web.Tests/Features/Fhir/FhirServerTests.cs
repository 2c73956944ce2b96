using System.Net;
using System.Net.Http.Headers;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;
using static BackPlan.Web.Tests.Features.Fhir.FhirResponses;
using static BackPlan.Web.Tests.Features.Fhir.FhirTestData;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>The FHIR R4 server at /fhir: the CapabilityStatement, Patient read and search, scoping, errors as OperationOutcome.</summary>
public class FhirServerTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Observations_AreScoredInstruments_SearchedByCodeSubjectAndDate_WithTheirPatientIncluded()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Obs", "Neighbour", new DateOnly(1966, 6, 6));
        var odi = await AddScoreAsync(clinic, clinic.PatientId, "odi");
        var pain = await AddScoreAsync(clinic, clinic.PatientId, "nprs");
        var theirs = await AddScoreAsync(clinic, neighbour, "nprs");
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        async Task<List<string>> IdsAsync(HttpClient client, string query) =>
            [.. (await ResourceAsync<Bundle>(await client.GetAsync($"/fhir/Observation?{query}", Ct))).Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource!.Id!)];

        Assert.Equal([pain.ToString(), theirs.ToString()], await IdsAsync(staff, "code=http://loinc.org|72514-3"));
        Assert.Equal([odi.ToString()], await IdsAsync(staff, $"subject=Patient/{clinic.PatientId}&code=odi"));
        Assert.Empty(await IdsAsync(staff, $"patient={clinic.PatientId}&date=lt2000"));
        Assert.Equal([odi.ToString(), pain.ToString()], await IdsAsync(patient, "_count=10"));
        var read = await ResourceAsync<Observation>(await staff.GetAsync($"/fhir/Observation/{odi}", Ct));
        Assert.Equal((40m, "urn:backplan:instrument", "odi", $"Patient/{clinic.PatientId}"), (Assert.IsType<Quantity>(read.Value).Value, read.Code.Coding.Single().System, read.Code.Coding.Single().Code, read.Subject!.Reference));
        var withPatient = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/Observation?patient={neighbour}&_include=Observation:subject", Ct));
        var included = Assert.Single(withPatient.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Include);
        Assert.Equal(("Patient", neighbour.ToString()), (included.Resource!.TypeName, included.Resource.Id));
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Observation?_include=Observation:performer", Ct), HttpStatusCode.BadRequest);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Observation?code=shoe-size", Ct), HttpStatusCode.BadRequest);
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/Observation/{theirs}", Ct), HttpStatusCode.NotFound);
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "fhir.observation.read").ToListAsync(Ct));
        Assert.Equal(clinic.PatientId, Assert.Single(audit).PatientId);
    }

    [Fact]
    public async Task EpisodesOfCare_StatusMappedAndSearched_AndAPatientSeesOnlyTheirOwn()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Epi", "Neighbour", new DateOnly(1977, 7, 7));
        var (mine, _) = await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 40);
        var (theirs, _) = await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, neighbour, daysAgo: 5);
        await clinic.QueryAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == theirs, Ct);
            (episode.Status, episode.ClosedAt, episode.ClosedBy, episode.ClosingReason) = (BackPlan.Web.Features.Episodes.EpisodeStatus.Referred, DateTime.UtcNow, "test", "red flag");
            return await db.SaveChangesAsync(Ct);
        });
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        async Task<List<string>> IdsAsync(HttpClient client, string query) =>
            [.. (await ResourceAsync<Bundle>(await client.GetAsync($"/fhir/EpisodeOfCare?{query}", Ct))).Entry.Select(e => e.Resource!.Id!)];

        Assert.Equal([theirs.ToString()], await IdsAsync(staff, "status=finished"));
        Assert.Equal([mine.ToString()], await IdsAsync(staff, "status=planned,active"));
        Assert.Equal([theirs.ToString()], await IdsAsync(staff, $"date=ge{DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)):yyyy-MM-dd}"));
        Assert.Equal([mine.ToString()], await IdsAsync(patient, "_count=10"));
        var read = await ResourceAsync<EpisodeOfCare>(await staff.GetAsync($"/fhir/EpisodeOfCare/{theirs}", Ct));
        Assert.Equal((EpisodeOfCare.EpisodeOfCareStatus.Finished, $"Patient/{neighbour}", $"Organization/{clinic.Id}"), (read.Status, read.Patient.Reference, read.ManagingOrganization!.Reference));
        Assert.NotNull(read.Period!.End);
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/EpisodeOfCare/{theirs}", Ct), HttpStatusCode.NotFound);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/EpisodeOfCare?status=onhold", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Everything_OfAPatient_IsTheirCompartmentWithWhatItRefersTo_AndNobodyElses()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Every", "Neighbour", new DateOnly(1980, 8, 8));
        var score = await AddScoreAsync(clinic, clinic.PatientId, "nprs");
        var visit = await AddAppointmentAsync(clinic, clinic.PatientId, new DateTime(2027, 2, 2, 10, 0, 0, DateTimeKind.Utc));
        var theirs = await AddAppointmentAsync(clinic, neighbour, new DateTime(2027, 2, 2, 11, 0, 0, DateTimeKind.Utc));
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var bundle = await ResourceAsync<Bundle>(await patient.GetAsync($"/fhir/Patient/{clinic.PatientId}/$everything", Ct));

        string[] expected = ["Appointment", "AuditEvent", "CarePlan", "Consent", "EpisodeOfCare", "Observation", "Organization", "Patient", "Practitioner", "QuestionnaireResponse"];
        Assert.Equal(expected, bundle.Entry.Select(e => e.Resource!.TypeName).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(bundle.Entry, e => e.Resource!.Id == visit.ToString());
        Assert.Contains(bundle.Entry, e => e.Resource!.Id == score.ToString());
        Assert.DoesNotContain(bundle.Entry, e => e.Resource!.Id == theirs.ToString() || e.Resource.Id == neighbour.ToString());
        Assert.Equal(bundle.Entry.Count, bundle.Total);
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/Patient/{neighbour}/$everything", Ct), HttpStatusCode.NotFound);
        Assert.Equal(4, (await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/Patient/{neighbour}/$everything", Ct))).Entry.Count); // patient, appointment, practitioner, clinic
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "fhir.patient.everything").ToListAsync(Ct));
        Assert.Equal([clinic.PatientId, neighbour], audit.OrderBy(a => a.At).Select(a => a.PatientId!.Value));
    }

    [Fact]
    public async Task Appointments_ByPatientDateAndStatus_AndAPatientSeesOnlyTheirOwn()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Other", "Visitor", new DateOnly(1985, 1, 1));
        // 23:30 UTC on 4 May is 01:30 on 5 May in Warsaw: the clinic's day counts.
        var own = await AddAppointmentAsync(clinic, clinic.PatientId, new DateTime(2027, 5, 4, 23, 30, 0, DateTimeKind.Utc));
        var later = await AddAppointmentAsync(clinic, clinic.PatientId, new DateTime(2027, 6, 1, 8, 0, 0, DateTimeKind.Utc));
        var theirs = await AddAppointmentAsync(clinic, neighbour, new DateTime(2027, 5, 5, 8, 0, 0, DateTimeKind.Utc));
        using var staff = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        async Task<List<string>> IdsAsync(HttpClient client, string query) =>
            [.. (await ResourceAsync<Bundle>(await client.GetAsync($"/fhir/Appointment?{query}", Ct))).Entry.Select(e => e.Resource!.Id!)];

        Assert.Equal([own.ToString(), theirs.ToString()], await IdsAsync(staff, "date=2027-05-05"));
        Assert.Equal([own.ToString(), later.ToString()], await IdsAsync(staff, $"patient=Patient/{clinic.PatientId}"));
        Assert.Equal([later.ToString()], await IdsAsync(staff, $"patient={clinic.PatientId}&date=gt2027-05"));
        Assert.Empty(await IdsAsync(staff, "status=fulfilled,cancelled"));
        Assert.Equal([own.ToString(), later.ToString()], await IdsAsync(patient, "status=booked"));
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/Appointment/{theirs}", Ct), HttpStatusCode.NotFound);
        var read = await ResourceAsync<Appointment>(await patient.GetAsync($"/fhir/Appointment/{own}", Ct));
        Assert.Equal((Appointment.AppointmentStatus.Booked, $"Patient/{clinic.PatientId}", 30), (read.Status, read.Participant[0].Actor!.Reference, read.MinutesDuration));
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Appointment?status=done", Ct), HttpStatusCode.BadRequest);
        await ResourceAsync<OperationOutcome>(await staff.GetAsync("/fhir/Appointment?patient=Practitioner/x", Ct), HttpStatusCode.BadRequest);
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "fhir.appointment.read").ToListAsync(Ct));
        Assert.Equal(clinic.PatientId, Assert.Single(audit).PatientId);
    }

    [Fact]
    public async Task Metadata_Anonymous_IsAValidCapabilityStatementOfWhatTheServerDoes()
    {
        using var anonymous = app.CreateClient();

        var statement = await ResourceAsync<CapabilityStatement>(await anonymous.GetAsync("/fhir/metadata", Ct));

        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(["json"], statement.Format);
        var rest = Assert.Single(statement.Rest);
        Assert.Equal(CapabilityStatement.RestfulCapabilityMode.Server, rest.Mode);
        string[] served =
        [
            "Patient", "Practitioner", "PractitionerRole", "Organization", "Location", "Appointment", "Encounter", "Observation", "EpisodeOfCare",
            "QuestionnaireResponse", "CarePlan", "Goal", "Procedure", "Consent", "AuditEvent",
        ];
        // The served types, then the Group of $export.
        Assert.Equal([.. served, "Group"], rest.Resource.Select(r => r.Type));
        Assert.Equal(["Observation:subject"], rest.Resource.Single(r => r.Type == "Observation").SearchInclude);
        Assert.Equal(["Observation", "QuestionnaireResponse"], rest.Resource.Where(r => r.Interaction.Any(i => i.Code == CapabilityStatement.TypeRestfulInteraction.Create)).Select(r => r.Type));
        Assert.Equal("export", Assert.Single(rest.Operation).Name);
    }

    [Fact]
    public async Task CapabilityStatement_EveryEntry_AnswersALiveCall()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var id = await AddPatientAsync(clinic, "Capa", "Bility", new DateOnly(1980, 5, 17));
        var records = await AddRecordsAsync(clinic, id);
        // An admin sees every type (the audit log too).
        using var staff = await clinic.ClientAsAsync(clinic.AdminEmail);
        using var anonymous = app.CreateClient();
        var statement = await ResourceAsync<CapabilityStatement>(await anonymous.GetAsync("/fhir/metadata", Ct));
        var (practitioner, practitionerName, clinicName, action) = await clinic.QueryAsync(async db =>
        {
            var staff = await db.Staff.AsNoTracking().FirstAsync(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner, Ct);
            var action = await db.AuditEntries.Where(a => a.Id == records.Audit).Select(a => a.Action).SingleAsync(Ct);
            return (staff.Id, staff.FullName, (await db.Clinics.AsNoTracking().SingleAsync(Ct)).Name, action);
        });
        var location = await clinic.QueryAsync(async db =>
        {
            var added = new BackPlan.Web.Features.Clinics.Location { Name = "Riverside Room", City = "Kraków" };
            db.Locations.Add(added);
            await db.SaveChangesAsync(Ct);
            return added.Id;
        });
        var known = new Dictionary<string, string>
        {
            ["Patient"] = id.ToString(), ["Practitioner"] = practitioner.ToString(), ["PractitionerRole"] = practitioner.ToString(),
            ["Organization"] = clinic.Id.ToString(), ["Location"] = location.ToString(), ["Appointment"] = records.Appointment.ToString(),
            ["Encounter"] = records.Appointment.ToString(), ["Observation"] = records.Nprs.ToString(), ["EpisodeOfCare"] = records.Episode.ToString(),
            ["QuestionnaireResponse"] = records.Psfs.ToString(), ["CarePlan"] = records.Plan.ToString(), ["Goal"] = records.Goal,
            ["Procedure"] = records.Procedure, ["Consent"] = records.Consent, ["AuditEvent"] = records.Audit.ToString(), ["Group"] = clinic.Id.ToString(),
        };
        // A resource per create interaction, of the patient above (who has an open episode).
        var creates = new Dictionary<string, Resource> { ["Observation"] = Pain(id, 3), ["QuestionnaireResponse"] = Odi(id) };
        async Task KickOffAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Prefer", "respond-async");
            var response = await staff.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.NotNull(response.Content.Headers.ContentLocation);
        }

        foreach (var operation in statement.Rest.Single().Operation)
        {
            Assert.Equal("export", operation.Name);
            await KickOffAsync("/fhir/$export");
        }

        // One value per advertised parameter that matches the record above: a new parameter needs one here.
        var samples = known.SelectMany(k => new[] { ($"{k.Key}._id", k.Value), ($"{k.Key}._count", "5"), ($"{k.Key}._offset", "0"), ($"{k.Key}._lastUpdated", "ge2020") })
            .Concat(known.Keys.SelectMany(k => new[] { ($"{k}.patient", $"Patient/{id}"), ($"{k}.subject", $"Patient/{id}") }))
            .Concat([("Patient.name", "bility"), ("Patient.birthdate", "eq1980-05-17"), ("Practitioner.name", practitionerName[1..^1].ToUpperInvariant()),
                ("PractitionerRole.practitioner", $"Practitioner/{practitioner}"), ("Organization.name", clinicName[1..^1]), ("Location.name", "riverside"),
                ("Appointment.date", "ge2027-03-10"), ("Appointment.status", "fulfilled,noshow"), ("Encounter.date", "2027-03-10"),
                ("Observation.code", "http://loinc.org|72514-3"), ("Observation.date", "ge2020"),
                ("EpisodeOfCare.status", "active"), ("EpisodeOfCare.date", "ge2000"),
                ("QuestionnaireResponse.questionnaire", "urn:backplan:instrument:psfs"), ("QuestionnaireResponse.authored", "ge2020"),
                ("CarePlan.status", "active"), ("CarePlan.date", "ge2020"), ("Goal.lifecycle-status", "active"), ("Goal.start-date", "ge2020"),
                ("Procedure.date", "2027-03-10"), ("Procedure.status", "completed"), ("Procedure.code", "urn:backplan:technique|myofascial_release"),
                ("Consent.scope", "treatment"), ("Consent.date", "ge2020"), ("AuditEvent.date", "ge2020"), ("AuditEvent.subtype", $"urn:backplan:audit-action|{action}")])
            .ToDictionary(p => p.Item1, p => p.Item2);
        // And the parameter really filters: a value that matches nothing leaves the record out.
        // Tokens with a closed set of values miss with another valid value, not with nonsense (a 400).
        var misses = new Dictionary<string, string>
        {
            ["Appointment.status"] = "cancelled", ["Observation.code"] = "odi", ["EpisodeOfCare.status"] = "finished", ["QuestionnaireResponse.questionnaire"] = "odi",
            ["CarePlan.status"] = "revoked", ["Goal.lifecycle-status"] = "completed", ["Procedure.status"] = "in-progress", ["Procedure.code"] = "swedish_massage",
            ["Consent.scope"] = "patient-privacy", ["PractitionerRole.practitioner"] = $"Practitioner/{Guid.NewGuid()}",
        };

        foreach (var resource in statement.Rest.Single().Resource)
        {
            var expected = known[resource.Type!];
            foreach (var interaction in resource.Interaction.Select(i => i.Code))
            {
                if (interaction == CapabilityStatement.TypeRestfulInteraction.Read)
                {
                    var read = await ResourceAsync<Resource>(await staff.GetAsync($"/fhir/{resource.Type}/{expected}", Ct));
                    Assert.Equal((resource.Type, expected), (read.TypeName, read.Id));
                }
                else if (interaction == CapabilityStatement.TypeRestfulInteraction.Create)
                {
                    var created = await ResourceAsync<Resource>(await PostAsync(staff, creates[resource.Type!]), HttpStatusCode.Created);
                    Assert.Equal(resource.Type, created.TypeName);
                }
                else
                {
                    Assert.Equal(CapabilityStatement.TypeRestfulInteraction.SearchType, interaction);
                }
            }

            foreach (var operation in resource.Operation.Where(o => o.Name == "export"))
            {
                await KickOffAsync($"/fhir/{resource.Type}/{known[resource.Type!]}/$export");
            }

            foreach (var operation in resource.Operation.Where(o => o.Name != "export"))
            {
                var result = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/{resource.Type}/{expected}/${operation.Name}", Ct));
                Assert.Contains(result.Entry, e => e.Resource!.Id == expected);
            }

            foreach (var parameter in resource.SearchParam)
            {
                Assert.True(samples.TryGetValue($"{resource.Type}.{parameter.Name}", out var value), $"no sample for {resource.Type}?{parameter.Name}");
                // The whole clinic's audit log is more than one page.
                var all = parameter.Name is "_count" or "_offset" ? "" : "&_count=100";
                var bundle = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/{resource.Type}?{parameter.Name}={Uri.EscapeDataString(value)}{all}", Ct));
                Assert.True(bundle.Entry.Any(e => e.Resource!.Id == expected), $"{resource.Type}?{parameter.Name}={value} left out {expected}");
                var miss = misses.TryGetValue($"{resource.Type}.{parameter.Name}", out var closed) ? closed : parameter.Type switch
                {
                    SearchParamType.Token => Guid.NewGuid().ToString(),
                    SearchParamType.Reference => $"Patient/{Guid.NewGuid()}",
                    SearchParamType.String => "qqzzqq",
                    SearchParamType.Date => "eq1801-01-01",
                    _ => null, // _count and _offset page; they do not filter
                };
                if (miss is not null)
                {
                    var none = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/{resource.Type}?{parameter.Name}={Uri.EscapeDataString(miss)}{all}", Ct));
                    Assert.False(none.Entry.Any(e => e.Resource!.Id == expected), $"{resource.Type}?{parameter.Name}={miss} kept {expected}");
                }
            }
        }
    }

    [Fact]
    public async Task PatientRead_StaffOfTheClinic_GetsTheResource_OtherClinic404()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var id = await AddPatientAsync(clinic, "Read", "Able", new DateOnly(1990, 1, 2));
        using var staff = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        using var stranger = await other.ClientAsAsync(other.PractitionerEmail);

        var patient = await ResourceAsync<Patient>(await staff.GetAsync($"/fhir/Patient/{id}", Ct));
        var refused = await ResourceAsync<OperationOutcome>(await stranger.GetAsync($"/fhir/Patient/{id}", Ct), HttpStatusCode.NotFound);

        Assert.Equal(("Able", "Read", "1990-01-02"), (patient.Name[0].Family, patient.Name[0].Given.Single(), patient.BirthDate));
        Assert.Equal("read.able@example.com", patient.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Email).Value);
        Assert.Equal(OperationOutcome.IssueType.NotFound, refused.Issue.Single().Code);
    }

    [Theory]
    [InlineData("Organization")]
    [InlineData("Practitioner")]
    public async Task ClinicResources_OnlyTheCallersClinic(string type)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var theirs = type == "Organization" ? other.Id
            : await other.QueryAsync(db => db.Staff.Where(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner).Select(s => s.Id).FirstAsync(Ct));
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        await ResourceAsync<OperationOutcome>(await staff.GetAsync($"/fhir/{type}/{theirs}", Ct), HttpStatusCode.NotFound);
        var bundle = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/{type}?_count=100", Ct));

        Assert.NotEmpty(bundle.Entry);
        Assert.DoesNotContain(bundle.Entry, e => e.Resource!.Id == theirs.ToString());
    }

    [Fact]
    public async Task Practitioner_CarriesTheLicenceAsAQualification()
    {
        var clinic = await TestClinic.CreateAsync(app, licenceExpiresOn: new DateOnly(2030, 1, 31));
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var bundle = await ResourceAsync<Bundle>(await patient.GetAsync("/fhir/Practitioner", Ct));

        var practitioner = Assert.IsType<Practitioner>(Assert.Single(bundle.Entry).Resource);
        Assert.Equal("2030-01-31", Assert.Single(practitioner.Qualification).Period?.End);
    }

    [Fact]
    public async Task Patient_TokenOfAPatient_ReadsOnlyTheirOwnRecord()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await AddPatientAsync(clinic, "Next", "Door", new DateOnly(1970, 7, 7));
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var own = await ResourceAsync<Patient>(await patient.GetAsync($"/fhir/Patient/{clinic.PatientId}", Ct));
        await ResourceAsync<OperationOutcome>(await patient.GetAsync($"/fhir/Patient/{neighbour}", Ct), HttpStatusCode.NotFound);
        var search = await ResourceAsync<Bundle>(await patient.GetAsync("/fhir/Patient", Ct));

        Assert.Equal(clinic.PatientId.ToString(), own.Id);
        Assert.Equal([clinic.PatientId.ToString()], search.Entry.Select(e => e.Resource!.Id));
        Assert.Equal(1, search.Total);
    }

    [Fact]
    public async Task PatientSearch_NameAndBirthdatePrefixes_FilterAndPage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var family = "Searchfam" + clinic.Tag;
        var older = await AddPatientAsync(clinic, "Ada", family, new DateOnly(1960, 3, 1));
        var middle = await AddPatientAsync(clinic, "Ben", family, new DateOnly(1975, 6, 15));
        var younger = await AddPatientAsync(clinic, "Cid", family, new DateOnly(1999, 12, 31));
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        async Task<List<string>> IdsAsync(string query) =>
            [.. (await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/Patient?name={family}&{query}", Ct))).Entry.Select(e => e.Resource!.Id!)];

        Assert.Equal([older.ToString()], await IdsAsync("birthdate=lt1975"));
        Assert.Equal([middle.ToString(), younger.ToString()], await IdsAsync("birthdate=ge1975-06"));
        Assert.Equal([middle.ToString()], await IdsAsync("birthdate=1975"));
        Assert.Equal([older.ToString(), younger.ToString()], await IdsAsync("birthdate=ne1975-06-15"));
        Assert.Equal([middle.ToString()], await IdsAsync("birthdate=gt1960&birthdate=le1999-12-30"));

        var first = await ResourceAsync<Bundle>(await staff.GetAsync($"/fhir/Patient?name={family}&_count=2", Ct));
        Assert.Equal((3, 2), (first.Total, first.Entry.Count));
        var next = first.Link.Single(l => l.Relation == "next").Url!;
        var second = await ResourceAsync<Bundle>(await staff.GetAsync(next, Ct));
        Assert.Equal([younger.ToString()], second.Entry.Select(e => e.Resource!.Id));
        Assert.Contains(second.Link, l => l.Relation == "previous");
        Assert.DoesNotContain(second.Link, l => l.Relation == "next");
    }

    [Theory]
    [InlineData("/fhir/Patient?colour=blue", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?birthdate=yesterday", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?birthdate=xx1980", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?_count=0", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?_count=many", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?_offset=-1", HttpStatusCode.BadRequest, "invalid")]
    [InlineData("/fhir/Patient?_format=xml", HttpStatusCode.NotAcceptable, "not-supported")]
    [InlineData("/fhir/Patient/not-an-id", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/fhir/Patient/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound, "not-found")]
    [InlineData("/fhir/Unicorn", HttpStatusCode.NotFound, "not-supported")]
    public async Task BadRequests_AnswerAnOperationOutcome(string path, HttpStatusCode status, string code)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        var outcome = await ResourceAsync<OperationOutcome>(await staff.GetAsync(path, Ct), status);

        Assert.Equal(code, Hl7.Fhir.Utility.EnumUtility.GetLiteral(outcome.Issue.Single().Code));
        Assert.False(string.IsNullOrWhiteSpace(outcome.Issue.Single().Diagnostics));
    }

    [Fact]
    public async Task Unknown_Parameter_IsIgnored_WhenTheClientPrefersLenientHandling()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/Patient?colour=blue");
        request.Headers.Add("Prefer", "handling=lenient");

        var bundle = await ResourceAsync<Bundle>(await staff.SendAsync(request, Ct));

        Assert.Contains(bundle.Entry, e => e.Resource!.Id == clinic.PatientId.ToString());
    }

    [Fact]
    public async Task Anonymous_GetsA401OperationOutcome_AndAcceptXmlOnlyGets406()
    {
        using var anonymous = app.CreateClient();
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var xml = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient/{clinic.PatientId}");
        xml.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+xml"));

        var login = await ResourceAsync<OperationOutcome>(await anonymous.GetAsync($"/fhir/Patient/{clinic.PatientId}", Ct), HttpStatusCode.Unauthorized);
        await ResourceAsync<OperationOutcome>(await staff.SendAsync(xml, Ct), HttpStatusCode.NotAcceptable);

        Assert.Equal(OperationOutcome.IssueType.Login, login.Issue.Single().Code);
    }

    [Fact]
    public async Task PatientRead_IsAuditedAgainstThePatient()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        await ResourceAsync<Patient>(await staff.GetAsync($"/fhir/Patient/{clinic.PatientId}?_format=json", Ct));
        await ResourceAsync<Bundle>(await staff.GetAsync("/fhir/Patient?_count=1", Ct));

        var entries = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("fhir.")).ToListAsync(Ct));
        Assert.Equal(clinic.PatientId, Assert.Single(entries, e => e.Action == "fhir.patient.read").PatientId);
        Assert.Equal("?_count=1", Assert.Single(entries, e => e.Action == "fhir.patient.search").Detail);
    }

    [Theory]
    [InlineData("1980", "eq", "1980-01-01", "1981-01-01")]
    [InlineData("lt1980-06", "lt", "1980-06-01", "1980-07-01")]
    [InlineData("ge2000-02-29", "ge", "2000-02-29", "2000-03-01")]
    public void FhirDate_Parse_GivesThePrefixAndTheRangeOfDays(string value, string prefix, string from, string to)
    {
        var date = FhirDate.Parse(value)!;

        Assert.Equal((prefix, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (date.Prefix, date.From, date.ToExclusive));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1980-13")]
    [InlineData("sa1980")]
    [InlineData("80")]
    public void FhirDate_Parse_RefusesWhatIsNotADateSearch(string value) => Assert.Null(FhirDate.Parse(value));
}
