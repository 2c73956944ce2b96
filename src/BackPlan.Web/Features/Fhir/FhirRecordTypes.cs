using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using static BackPlan.Web.Features.Fhir.FhirFilters;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// The resource types of the care given, the patient's goals and consents, and the audit log
/// (decision 0037), entries of <see cref="FhirTypes.All"/> like the first ones.
/// </summary>
public static class FhirRecordTypes
{
    public static readonly FhirType<Staff.StaffMember> PractitionerRole = new(
        "PractitionerRole", db => db.Staff.Where(s => s.Role == Roles.Practitioner), s => s.Id, ClinicResources.PractitionerRole,
        q => q.OrderBy(s => s.FullName).ThenBy(s => s.Id), auditAction: null,
        new FhirFilter<Staff.StaffMember>(new("practitioner", SearchParamType.Reference, "The practitioner: Practitioner/{id} or the id."), (query, value, _) =>
            Guid.TryParse(value.StartsWith("Practitioner/", StringComparison.Ordinal) ? value["Practitioner/".Length..] : value, out var staff)
                ? FhirFilterResult.Of(query.Where(s => s.Id == staff))
                : $"practitioner={value} is not a practitioner reference: Practitioner/{{id}} or the id."));

    /// <summary>Sessions that took place: attended appointments, and any with a session note.</summary>
    public static readonly FhirType<Appointments.Appointment> Encounter = new(
        "Encounter", db => db.Appointments.Where(a => a.Status == Appointments.AppointmentStatus.Attended || db.SessionNotes.Any(n => n.AppointmentId == a.Id)),
        a => a.Id, EncounterResource.From, q => q.OrderBy(a => a.StartUtc).ThenBy(a => a.Id), auditAction: "fhir.encounter",
        PatientReference<Appointments.Appointment>("patient", a => a.PatientId),
        PatientReference<Appointments.Appointment>("subject", a => a.PatientId),
        DateOn<Appointments.Appointment>("date", a => a.StartUtc, "The session's start, in the clinic's time zone"))
    {
        AuditIdKind = RouteIdKind.Appointment,
        PatientId = a => a.PatientId,
        LastUpdated = a => a.RescheduledAt ?? a.CreatedAt,
    };

    /// <summary>Physical tests and findings of examinations (a kind of <see cref="FhirTypes.Observation"/>).</summary>
    public static readonly FhirType<Examinations.Examination> PhysicalTest = new(
        "Observation", db => db.Examinations, e => e.Id, Several<Examinations.Examination>,
        q => q.OrderBy(e => e.RecordedAt).ThenBy(e => e.Id), auditAction: "fhir.observation",
        PatientReference<Examinations.Examination>("patient", e => e.PatientId),
        PatientReference<Examinations.Examination>("subject", e => e.PatientId),
        DateOn<Examinations.Examination>("date", e => e.RecordedAt, "When it was recorded, in the clinic's time zone"))
    {
        PatientId = e => e.PatientId,
        Parts = PhysicalTestResource.From,
        PartFilters = [PartCode("code", FhirTypes.ObservationCodes, r => ((Hl7.Fhir.Model.Observation)r).Code?.Coding ?? [], PhysicalTestResource.Codes, PhysicalTestResource.TestSystem, PhysicalTestResource.FindingSystem)],
        LastUpdated = e => e.UpdatedAt ?? e.RecordedAt,
    };

    /// <summary>Soreness after a session, from the completed post-session checks (a kind of <see cref="FhirTypes.Observation"/>).</summary>
    public static readonly FhirType<AfterSessions.PostSessionCheck> Soreness = new(
        "Observation", db => db.Set<AfterSessions.PostSessionCheck>().Where(c => c.CompletedAt != null && c.Soreness != null), c => c.Id, ObservationResource.FromCheck,
        q => q.OrderBy(c => c.CompletedAt).ThenBy(c => c.Id), auditAction: "fhir.observation",
        PatientReference<AfterSessions.PostSessionCheck>("patient", c => c.PatientId),
        PatientReference<AfterSessions.PostSessionCheck>("subject", c => c.PatientId),
        new(new("code", SearchParamType.Token, FhirTypes.ObservationCodes), (query, value, _) =>
            value.Split(',').Any(v => v is ObservationResource.Soreness or ObservationResource.ObservationSystem + "|" + ObservationResource.Soreness)
                ? FhirFilterResult.Of(query)
                : $"code={value}: not a code of this server ({FhirTypes.ObservationCodes})"),
        DateOn<AfterSessions.PostSessionCheck>("date", c => c.CompletedAt!.Value, "When it was reported, in the clinic's time zone"))
    {
        PatientId = c => c.PatientId,
        LastUpdated = c => c.CompletedAt!.Value,
    };

    public static readonly FhirType<Questionnaires.QuestionnaireResponse> QuestionnaireResponse = new(
        "QuestionnaireResponse", db => db.QuestionnaireResponses, r => r.Id, QuestionnaireResponseResource.From,
        q => q.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id), auditAction: "fhir.questionnaireresponse",
        PatientReference<Questionnaires.QuestionnaireResponse>("patient", r => r.PatientId),
        PatientReference<Questionnaires.QuestionnaireResponse>("subject", r => r.PatientId),
        Code<Questionnaires.QuestionnaireResponse>("questionnaire", "The instrument's Questionnaire: its canonical urn:backplan:instrument:{code} or the code; several comma-separated.",
            v => Clinical.Scoring.Instruments.Find(v.StartsWith(QuestionnaireResource.CanonicalBase, StringComparison.Ordinal) ? v[QuestionnaireResource.CanonicalBase.Length..] : v)?.Code, r => r.Instrument),
        DateOn<Questionnaires.QuestionnaireResponse>("authored", r => r.RecordedAt, "When it was answered, in the clinic's time zone"))
    {
        AuditIdKind = RouteIdKind.QuestionnaireResponse,
        PatientId = r => r.PatientId,
        LastUpdated = r => r.RecordedAt,
    };

    /// <summary>Approved programs, in force or replaced (drafts are not served).</summary>
    public static readonly FhirType<Plans.PlanVersion> CarePlan = new(
        "CarePlan", db => db.PlanVersions.Where(p => p.Status != Plans.PlanStatus.Draft), p => p.Id, CarePlanResource.From,
        q => q.OrderBy(p => p.ApprovedAt).ThenBy(p => p.Id), auditAction: "fhir.careplan",
        PatientReference<Plans.PlanVersion>("patient", p => p.PatientId),
        PatientReference<Plans.PlanVersion>("subject", p => p.PatientId),
        Status<Plans.PlanVersion, Plans.PlanStatus, Hl7.Fhir.Model.RequestStatus>(CarePlanResource.Statuses, p => p.Status),
        DateOn<Plans.PlanVersion>("date", p => p.ApprovedAt ?? p.CreatedAt, "When it was approved, in the clinic's time zone"))
    {
        AuditIdKind = RouteIdKind.PlanVersion,
        PatientId = p => p.PatientId,
        LastUpdated = p => p.ApprovedAt ?? p.CreatedAt,
    };

    /// <summary>The activities of each episode's baseline PSFS.</summary>
    public static readonly FhirType<PsfsGoals> Goal = new(
        "Goal",
        db => from r in db.QuestionnaireResponses
              where r.Instrument == "psfs" && r.TimePoint == Questionnaires.TimePoints.Baseline
              join e in db.Episodes on r.EpisodeId equals e.Id
              select new PsfsGoals { Response = r, Episode = e.Status },
        g => g.Response.Id, Several<PsfsGoals>,
        q => q.OrderBy(g => g.Response.RecordedAt).ThenBy(g => g.Response.Id), auditAction: "fhir.goal",
        PatientReference<PsfsGoals>("patient", g => g.Response.PatientId),
        PatientReference<PsfsGoals>("subject", g => g.Response.PatientId),
        Status<PsfsGoals, Episodes.EpisodeStatus, Hl7.Fhir.Model.Goal.GoalLifecycleStatus>(GoalResource.Statuses, g => g.Episode, "lifecycle-status"),
        DateOn<PsfsGoals>("start-date", g => g.Response.RecordedAt, "When the goal was set, in the clinic's time zone"))
    {
        AuditIdKind = RouteIdKind.QuestionnaireResponse,
        PatientId = g => g.Response.PatientId,
        Parts = GoalResource.From,
        LastUpdated = g => g.Response.RecordedAt,
    };

    /// <summary>The structured techniques of each session note.</summary>
    public static readonly FhirType<SessionTechniques> Procedure = new(
        "Procedure",
        db => from n in db.SessionNotes
              join a in db.Appointments on n.AppointmentId equals a.Id
              select new SessionTechniques { Note = n, StartUtc = a.StartUtc, EndUtc = a.EndUtc },
        s => s.Note.Id, Several<SessionTechniques>,
        q => q.OrderBy(s => s.StartUtc).ThenBy(s => s.Note.Id), auditAction: "fhir.procedure",
        PatientReference<SessionTechniques>("patient", s => s.Note.PatientId),
        PatientReference<SessionTechniques>("subject", s => s.Note.PatientId),
        DateOn<SessionTechniques>("date", s => s.StartUtc, "The session's start, in the clinic's time zone"),
        Status<SessionTechniques, Sessions.NoteStatus, Hl7.Fhir.Model.EventStatus>(ProcedureResource.Statuses, s => s.Note.Status))
    {
        AuditIdKind = RouteIdKind.SessionNote,
        PatientId = s => s.Note.PatientId,
        Parts = ProcedureResource.From,
        PartFilters = [PartCode("code", "The technique (plans.md: swedish_massage, myofascial_release, …; system urn:backplan:technique); several comma-separated.", r => ((Hl7.Fhir.Model.Procedure)r).Code?.Coding ?? [], ProcedureResource.Codes, ProcedureResource.TechniqueSystem)],
        LastUpdated = s => s.Note.SignedAt ?? s.Note.UpdatedAt ?? s.Note.CreatedAt,
    };

    /// <summary>The consents kept on each patient's record.</summary>
    public static readonly FhirType<Patients.Patient> Consent = new(
        "Consent", db => db.Patients.Where(p => p.TreatmentConsentAt != null || p.DataProcessingConsentAt != null), p => p.Id, Several<Patients.Patient>,
        q => q.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id), auditAction: "fhir.consent",
        PatientReference<Patients.Patient>("patient", p => p.Id))
    {
        PatientId = p => p.Id,
        Parts = ConsentResource.From,
        PartFilters =
        [
            PartCode("scope", "treatment or patient-privacy (data processing); system http://terminology.hl7.org/CodeSystem/consentscope.", r => ((Hl7.Fhir.Model.Consent)r).Scope?.Coding ?? [], ConsentResource.Scopes, ConsentResource.ScopeSystem),
            DateOn<Hl7.Fhir.Model.Resource>("date", r => ((Hl7.Fhir.Model.Consent)r).DateTimeElement!.ToDateTimeOffset(TimeSpan.Zero).UtcDateTime, "When it was given, in the clinic's time zone"),
        ],
    };

    /// <summary>The audit log: a clinic's admins see all of it, a patient the entries about themselves.</summary>
    public static readonly FhirType<AuditEntry> AuditEvent = new(
        "AuditEvent", AuditEventResource.Visible, a => a.Id, AuditEventResource.From,
        q => q.OrderBy(a => a.At).ThenBy(a => a.Id), auditAction: "fhir.auditevent",
        PatientReference<AuditEntry>("patient", a => a.PatientId!.Value),
        DateOn<AuditEntry>("date", a => a.At, "When it happened, in the clinic's time zone"),
        Code<AuditEntry>("subtype", "BackPlan's action (e.g. fhir.patient.read, Patient.modified; system urn:backplan:audit-action); several comma-separated.",
            v => v.StartsWith(AuditEventResource.ActionSystem + "|", StringComparison.Ordinal) ? v[(AuditEventResource.ActionSystem.Length + 1)..] : v, a => a.Action))
    {
        AuditIdKind = RouteIdKind.AuditEntry,
        PatientId = a => a.PatientId!.Value,
        LastUpdated = a => a.At,
    };

    /// <summary>The one-resource mapping of a type whose rows are served as their <see cref="FhirType{T}.Parts"/>: never called.</summary>
    private static Hl7.Fhir.Model.Resource Several<T>(T _) => throw new NotSupportedException($"A {typeof(T).Name} is served as its parts.");
}
