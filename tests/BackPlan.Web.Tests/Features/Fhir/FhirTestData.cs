using System.Net;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>The ids of one patient's records of every kind the FHIR server serves, and the FHIR ids made of them.</summary>
internal sealed record PatientRecords(Guid Patient, Guid Episode, Guid Plan, Guid Psfs, Guid Nprs, Guid Examination, Guid Appointment, Guid Note, Guid Check, Guid Audit)
{
    public string Goal => $"{Psfs}.psfs.1";

    public string Procedure => $"{Note}.1";

    public string Schober => $"{Examination}.schober";

    public string Finding => $"{Examination}.f1";

    public string Consent => $"{Patient}.treatment";

    /// <summary>One resource of every patient-data type: type, id.</summary>
    public IReadOnlyList<(string Type, string Id)> Resources =>
    [
        ("Patient", Patient.ToString()), ("Appointment", Appointment.ToString()), ("Encounter", Appointment.ToString()),
        ("Observation", Nprs.ToString()), ("Observation", Schober), ("Observation", Finding), ("Observation", Check.ToString()),
        ("EpisodeOfCare", Episode.ToString()), ("QuestionnaireResponse", Psfs.ToString()), ("CarePlan", Plan.ToString()),
        ("Goal", Goal), ("Procedure", Procedure), ("Consent", Consent), ("AuditEvent", Audit.ToString()),
    ];
}

/// <summary>Records for the FHIR tests, written straight to the database, and the checks every FHIR answer gets.</summary>
internal static class FhirTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Parses with Firely (strict) and validates the resource's cardinalities and values.</summary>
    public static async Task<T> ResourceAsync<T>(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
        where T : Resource
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.RequestUri}: {response.StatusCode}, not {status}: {body}");
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var (resource, problem) = FhirJson.Parse<T>(body);
        Assert.True(resource is not null, problem);
        var problems = resource.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, null!, validateRecursively: true).ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems.Select(p => p.ToString())));
        return resource;
    }

    public static async Task<Guid> AddPatientAsync(TestClinic clinic, string given, string family, DateOnly born) => await clinic.QueryAsync(async db =>
    {
        var patient = new BackPlan.Web.Features.Patients.Patient { GivenName = given, FamilyName = family, DateOfBirth = born, Email = $"{given}.{family}@example.com".ToLowerInvariant(), CreatedAt = DateTime.UtcNow };
        patient.RefreshSearchText();
        db.Patients.Add(patient);
        await db.SaveChangesAsync(Ct);
        return patient.Id;
    });

    public static Task<Guid> AddAppointmentAsync(TestClinic clinic, Guid patientId, DateTime startUtc, AppointmentStatus status = AppointmentStatus.Booked) => clinic.QueryAsync(async db =>
    {
        var appointment = new BackPlan.Web.Features.Appointments.Appointment
        {
            PatientId = patientId,
            PractitionerId = await db.Staff.Where(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner).Select(s => s.Id).FirstAsync(Ct),
            AppointmentTypeId = await db.AppointmentTypes.Select(t => t.Id).FirstAsync(Ct),
            StartUtc = startUtc,
            EndUtc = startUtc.AddMinutes(30),
            Status = status,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "test",
        };
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(Ct);
        return appointment.Id;
    });

    /// <summary>A scored response of <paramref name="instrument"/> (ODI 40 %, NPRS 6) in a new episode of the patient, recorded two days ago.</summary>
    public static async Task<Guid> AddScoreAsync(TestClinic clinic, Guid patientId, string instrument)
    {
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, patientId);
        Dictionary<string, decimal> answers = instrument == "odi"
            ? Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", _ => 2m)
            : new() { ["nprs.current"] = 6 };
        await ProgramSetup.RespondAsync(clinic, patientId, episodeId, instrument, answers, 2);
        return await clinic.QueryAsync(db => db.QuestionnaireResponses.Where(r => r.EpisodeId == episodeId && r.Instrument == instrument).Select(r => r.Id).SingleAsync(Ct));
    }

    /// <summary>
    /// A whole record of one patient: an episode with its approved program, a baseline PSFS with two
    /// goals, an NPRS, an examination (Schober 4.5 cm, fingertip-to-floor, a negative left
    /// straight-leg raise, one finding), an attended session on 2027-03-10 with a signed note of one
    /// technique, a post-session check (soreness 3), both consents, and the audit entries these made.
    /// </summary>
    public static async Task<PatientRecords> AddRecordsAsync(TestClinic clinic, Guid patientId)
    {
        var (episode, plan) = await ProgramSetup.ApprovedProgramAsync(clinic, patientId, daysAgo: 40);
        await ProgramSetup.RespondAsync(clinic, patientId, episode, "psfs", new() { ["psfs.1"] = 3, ["psfs.2"] = 5 }, 30, new() { ["psfs.1"] = "Lifting boxes", ["psfs.2"] = "Sitting at my desk" });
        await ProgramSetup.RespondAsync(clinic, patientId, episode, "nprs", new() { ["nprs.current"] = 6 }, 2);
        var appointment = await AddAppointmentAsync(clinic, patientId, new DateTime(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc), AppointmentStatus.Attended);
        return await clinic.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var examination = new Examination
            {
                PatientId = patientId,
                EpisodeId = episode,
                Findings = [new("hypertonicity", "lumbar_paraspinals", PlanVocabulary.Left, 2)],
                SchoberCm = 4.5m,
                FingertipFloorCm = 12m,
                StraightLegRaiseLeft = false,
                RecordedAt = now.AddDays(-39),
                RecordedBy = "test",
            };
            var practitioner = await db.Appointments.Where(a => a.Id == appointment).Select(a => a.PractitionerId).SingleAsync(Ct);
            var note = new SessionNote
            {
                PatientId = patientId,
                AppointmentId = appointment,
                EpisodeId = episode,
                PractitionerId = practitioner,
                PlanVersionId = plan,
                Status = NoteStatus.SignedOff,
                Techniques = [new AppliedTechnique("myofascial_release", "lumbar_paraspinals", PlanVocabulary.Left, 15, 3, Responses.Better, null, null)],
                CreatedAt = now.AddDays(-7),
                CreatedBy = "test",
                SignedAt = now.AddDays(-7),
                SignedBy = "test",
            };
            var check = new PostSessionCheck
            {
                PatientId = patientId,
                AppointmentId = appointment,
                PractitionerId = practitioner,
                SessionStartUtc = new DateTime(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc),
                CreatedAt = now.AddDays(-6),
                ExpiresAt = now.AddDays(1),
                TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                CompletedAt = now.AddDays(-6),
                Soreness = 3,
                Settled = SettledAnswers.Yes,
            };
            db.AddRange(examination, note, check);
            var patient = await db.Patients.SingleAsync(p => p.Id == patientId, Ct);
            (patient.TreatmentConsentAt, patient.TreatmentConsentBy) = (now.AddDays(-41), "test");
            (patient.DataProcessingConsentAt, patient.DataProcessingConsentBy) = (now.AddDays(-41), "test");
            await db.SaveChangesAsync(Ct);
            var psfs = await db.QuestionnaireResponses.Where(r => r.EpisodeId == episode && r.Instrument == "psfs").Select(r => r.Id).SingleAsync(Ct);
            var nprs = await db.QuestionnaireResponses.Where(r => r.EpisodeId == episode && r.Instrument == "nprs").Select(r => r.Id).SingleAsync(Ct);
            var audit = await db.AuditEntries.Where(a => a.PatientId == patientId).OrderBy(a => a.At).Select(a => a.Id).FirstAsync(Ct);
            return new PatientRecords(patientId, episode, plan, psfs, nprs, examination.Id, appointment, note.Id, check.Id, audit);
        });
    }
}
