using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Tenancy;
using PatientRow = BackPlan.Web.Features.Patients.Patient;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

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
        LastUpdated = a => a.CreatedAt,
    };

    public static readonly FhirType<Questionnaires.QuestionnaireResponse> Observation = new(
        "Observation", db => db.QuestionnaireResponses.Where(r => r.Score != null), r => r.Id, ObservationResource.From,
        q => q.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id), auditAction: "fhir.observation",
        PatientReference<Questionnaires.QuestionnaireResponse>("patient", r => r.PatientId),
        PatientReference<Questionnaires.QuestionnaireResponse>("subject", r => r.PatientId),
        new(new("code", SearchParamType.Token, "The instrument: its code (odi, nprs, …, system urn:backplan:instrument) or its LOINC code; several comma-separated."), (query, value, _) =>
        {
            var instruments = value.Split(',').Select(ObservationResource.InstrumentOf).ToList();
            return instruments.Any(i => i is null)
                ? $"code={value}: not an instrument code (see /api/v1/instruments) or its LOINC code."
                : FhirFilterResult.Of(query.Where(r => instruments.Contains(r.Instrument)));
        }),
        DateOn<Questionnaires.QuestionnaireResponse>("date", r => r.RecordedAt, "When it was recorded, in the clinic's time zone"))
    {
        AuditIdKind = Platform.Auditing.RouteIdKind.QuestionnaireResponse,
        PatientId = r => r.PatientId,
        LastUpdated = r => r.RecordedAt,
        Includes = [new("Observation:subject", async (rows, db, ct) =>
        {
            var ids = rows.Select(r => r.PatientId).Distinct().ToList();
            return [.. (await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct)).Select(PatientResource.From)];
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
        LastUpdated = e => e.CreatedAt,
    };

    public static readonly IReadOnlyList<IFhirType> All = [Patient, Practitioner, Organization, Location, Appointment, Observation, EpisodeOfCare];

    /// <summary>A <c>status</c> token: FHIR's codes (several comma-separated), each standing for the app's statuses that map to it.</summary>
    private static FhirFilter<T> Status<T, TStatus, TFhir>(IReadOnlyDictionary<TStatus, TFhir> statuses, Expression<Func<T, TStatus>> status)
        where TStatus : struct, Enum
        where TFhir : struct, Enum
    {
        var codes = statuses.Values.Distinct().Select(v => Hl7.Fhir.Utility.EnumUtility.GetLiteral(v)).ToList();
        return new(new("status", SearchParamType.Token, $"{string.Join(", ", codes)}; several comma-separated."), (query, value, _) =>
        {
            var asked = value.Split(',');
            if (asked.Any(a => !codes.Contains(a)))
            {
                return $"status={value}: the statuses are {string.Join(", ", codes)}.";
            }

            var wanted = statuses.Where(s => asked.Contains(Hl7.Fhir.Utility.EnumUtility.GetLiteral(s.Value))).Select(s => s.Key).ToList();
            return FhirFilterResult.Of(query.Where(FhirExpressions.Apply(status, (Expression<Func<TStatus, bool>>)(s => wanted.Contains(s)))));
        });
    }

    /// <summary>A reference to the patient (<c>Patient/{id}</c> or the id) on a row's patient id.</summary>
    private static FhirFilter<T> PatientReference<T>(string name, Expression<Func<T, Guid>> patientId) =>
        new(new(name, SearchParamType.Reference, "The patient: Patient/{id} or the id."), (query, value, _) =>
            Guid.TryParse(value.StartsWith("Patient/", StringComparison.Ordinal) ? value["Patient/".Length..] : value, out var patient)
                ? FhirFilterResult.Of(query.Where(FhirExpressions.Apply(patientId, (Expression<Func<Guid, bool>>)(id => id == patient))))
                : $"{name}={value} is not a patient reference: Patient/{{id}} or the id.");

    /// <summary>A date parameter on a UTC instant, read in the clinic's local days.</summary>
    private static FhirFilter<T> DateOn<T>(string name, Expression<Func<T, DateTime>> instant, string what) =>
        DateParameter<T>(name, what, (date, search) => date.On(instant, search.Zone));

    /// <summary>A date parameter on a day (a birth date, an episode's start).</summary>
    private static FhirFilter<T> DayOn<T>(string name, Expression<Func<T, DateOnly>> day, string what) =>
        DateParameter<T>(name, what, (date, _) => date.On(day));

    private static FhirFilter<T> DateParameter<T>(string name, string what, Func<FhirDate, FhirSearchContext, Expression<Func<T, bool>>> filter) =>
        new(new(name, SearchParamType.Date, $"{what}, with eq, ne, lt, gt, le or ge and year, month or day precision."), (query, value, search) =>
            FhirDate.Parse(value) is { } date
                ? FhirFilterResult.Of(query.Where(filter(date, search)))
                : $"{name}={value} is not a date search value: an optional prefix ({string.Join(", ", FhirDate.Prefixes)}) and YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>A <c>name</c> parameter that matches part of one text column, case-insensitive.</summary>
    private static FhirFilter<T> NameContains<T>(Expression<Func<T, string>> column) =>
        new(new("name", SearchParamType.String, "Part of the name (case-insensitive, anywhere in it)."), (query, value, _) =>
        {
            var term = value.Trim().ToLowerInvariant();
            return term.Length is 0 or > 100
                ? "name must have 1 to 100 characters."
#pragma warning disable CA1304, CA1311, CA1862 // EF Core turns ToLower and Contains into SQL (lower, instr/strpos); culture and StringComparison overloads are not translated
                : FhirFilterResult.Of(query.Where(FhirExpressions.Apply(column, (Expression<Func<string, bool>>)(text => text.ToLower().Contains(term)))));
#pragma warning restore CA1304, CA1311, CA1862
        });
}
