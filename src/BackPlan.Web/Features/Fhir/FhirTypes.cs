using Microsoft.EntityFrameworkCore;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Tenancy;
using PatientRow = BackPlan.Web.Features.Patients.Patient;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;
using static BackPlan.Web.Features.Fhir.FhirFilters;

namespace BackPlan.Web.Features.Fhir;

/// <summary>Every resource type the FHIR server serves (decision 0028): the one list the CapabilityStatement and the endpoints are made from.</summary>
public static class FhirTypes
{
    public static readonly FhirType<PatientRow> Patient = new(
        "Patient", db => db.Patients, p => p.Id, PatientResource.From,
        q => q.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id),
        auditAction: "fhir.patient",
        new(new("name", SearchParamType.String, "Part of the given or family name, email or phone (case-insensitive, anywhere in it)."), (query, value, search) =>
            PatientRow.NormaliseSearch(value) is { Length: > 0 and <= 100 } term
                ? FhirFilterResult.Of(PatientSearch.Matching(search.Db, query, term))
                : "name must have 1 to 100 characters."),
        DayOn<PatientRow>("birthdate", p => p.DateOfBirth, "The birth date"))
    {
        Operations = ["everything"],
        LastUpdated = p => p.CreatedAt,
    };

    public static readonly FhirType<Staff.StaffMember> Practitioner = new(
        "Practitioner", db => db.Staff.Where(s => s.Role == Roles.Practitioner), s => s.Id, ClinicResources.Practitioner,
        q => q.OrderBy(s => s.FullName).ThenBy(s => s.Id), auditAction: null,
        NameContains<Staff.StaffMember>(s => s.FullName));

    public static readonly FhirType<Clinics.Clinic> Organization = new(
        "Organization", db => db.Clinics, c => c.Id, ClinicResources.Organization,
        q => q.OrderBy(c => c.Name).ThenBy(c => c.Id), auditAction: null,
        NameContains<Clinics.Clinic>(c => c.Name));

    public static readonly FhirType<Clinics.Location> Location = new(
        "Location", db => db.Locations, l => l.Id, ClinicResources.Location,
        q => q.OrderBy(l => l.Name).ThenBy(l => l.Id), auditAction: null,
        NameContains<Clinics.Location>(l => l.Name));

    public static readonly FhirType<Appointments.Appointment> Appointment = new(
        "Appointment", db => db.Appointments, a => a.Id, AppointmentResource.From,
        q => q.OrderBy(a => a.StartUtc).ThenBy(a => a.Id), auditAction: "fhir.appointment",
        PatientReference<Appointments.Appointment>("patient", a => a.PatientId),
        DateOn<Appointments.Appointment>("date", a => a.StartUtc, "The start, in the clinic's time zone"),
        Status<Appointments.Appointment, Appointments.AppointmentStatus, Hl7.Fhir.Model.Appointment.AppointmentStatus>(AppointmentResource.Statuses, a => a.Status))
    {
        AuditIdKind = Platform.Auditing.RouteIdKind.Appointment,
        PatientId = a => a.PatientId,
        LastUpdated = a => a.CancelledAt ?? a.RescheduledAt ?? a.CreatedAt,
    };

    /// <summary>Scored questionnaires as Observations (one kind of <see cref="Observation"/>).</summary>
    public static readonly FhirType<Questionnaires.QuestionnaireResponse> ScoredObservation = new(
        "Observation", db => db.QuestionnaireResponses.Where(r => r.Score != null), r => r.Id, ObservationResource.From,
        q => q.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id), auditAction: "fhir.observation",
        PatientReference<Questionnaires.QuestionnaireResponse>("patient", r => r.PatientId),
        PatientReference<Questionnaires.QuestionnaireResponse>("subject", r => r.PatientId),
        Code<Questionnaires.QuestionnaireResponse>("code", ObservationCodes, ObservationResource.InstrumentOf, r => r.Instrument),
        DateOn<Questionnaires.QuestionnaireResponse>("date", r => r.RecordedAt, "When it was recorded, in the clinic's time zone"))
    {
        PatientId = r => r.PatientId,
        LastUpdated = r => r.RecordedAt,
    };

    /// <summary>Observations: scored questionnaires, physical tests and post-session soreness.</summary>
    public static readonly FhirUnion Observation = new(
        "Observation", "fhir.observation", Platform.Auditing.RouteIdKind.Observation,
        ScoredObservation, FhirRecordTypes.PhysicalTest, FhirRecordTypes.Soreness)
    {
        Includes = [new("Observation:subject", async (resources, db, ct) =>
        {
            var ids = resources.OfType<Hl7.Fhir.Model.Observation>().Select(o => Guid.Parse(o.Subject!.Reference!["Patient/".Length..])).Distinct().ToList();
            return [.. (await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct)).Select(Patient.ToResource)];
        })],
    };

    public static readonly FhirType<Episodes.Episode> EpisodeOfCare = new(
        "EpisodeOfCare", db => db.Episodes, e => e.Id, EpisodeResource.From,
        q => q.OrderBy(e => e.StartedOn).ThenBy(e => e.Id), auditAction: "fhir.episode",
        PatientReference<Episodes.Episode>("patient", e => e.PatientId),
        Status<Episodes.Episode, Episodes.EpisodeStatus, Hl7.Fhir.Model.EpisodeOfCare.EpisodeOfCareStatus>(EpisodeResource.Statuses, e => e.Status),
        DayOn<Episodes.Episode>("date", e => e.StartedOn, "The day the episode started"))
    {
        AuditIdKind = Platform.Auditing.RouteIdKind.Episode,
        PatientId = e => e.PatientId,
        LastUpdated = e => e.ClosedAt ?? e.CreatedAt,
    };

    /// <summary>What an Observation's <c>code</c> takes, over all its kinds.</summary>
    public const string ObservationCodes = "An instrument (odi, nprs, …, system urn:backplan:instrument, or its LOINC code), a physical test (schober, fingertip-floor, slr-left, slr-right, system urn:backplan:physical-test), a finding (plans.md, system urn:backplan:finding) or post-session-soreness (system urn:backplan:observation); several comma-separated.";

    public static readonly IReadOnlyList<IFhirType> All =
    [
        Patient, Practitioner, FhirRecordTypes.PractitionerRole, Organization, Location, Appointment, FhirRecordTypes.Encounter, Observation, EpisodeOfCare,
        FhirRecordTypes.QuestionnaireResponse, FhirRecordTypes.CarePlan, FhirRecordTypes.Goal, FhirRecordTypes.Procedure, FhirRecordTypes.Consent, FhirRecordTypes.AuditEvent,
    ];
}
