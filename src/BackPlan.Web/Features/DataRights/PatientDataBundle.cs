using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Reviews;
using BackPlan.Web.Features.Screening;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Features.Waitlist;

namespace BackPlan.Web.Features.DataRights;

/// <summary>Who read or changed the record, when, in which role (not which person or address: those are staff data).</summary>
public sealed record AccessRecord(DateTime At, string Action, string? Role);

/// <summary>
/// Everything the clinic holds about one patient, as they download it (JSON) or read it (HTML):
/// their details and consents, episodes, answers and scores, screenings, examinations, programs
/// given to them, reviews, appointments, signed session notes with their addenda, checks after
/// sessions, adverse events, scheduled forms, flare-ups, waitlist entries, articles assigned,
/// exercise log, topics read, alerts about them, deletion requests, correction requests, disclosures, and who accessed the record.
/// Tokens and their hashes stay out: they are keys, not the patient's information.
/// </summary>
public sealed record PatientDataBundle(
    DateTime ExportedAt,
    string Clinic,
    Patient Patient,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<QuestionnaireResponse> Responses,
    IReadOnlyList<ScreeningRecord> Screenings,
    IReadOnlyList<Examination> Examinations,
    IReadOnlyList<PlanVersion> Programs,
    IReadOnlyList<ReviewRecord> Reviews,
    IReadOnlyList<Appointment> Appointments,
    IReadOnlyList<ExerciseLog> ExerciseLog,
    IReadOnlyList<TopicRead> TopicsRead,
    IReadOnlyList<StaffAlert> Alerts,
    IReadOnlyList<DeletionRequest> DeletionRequests,
    IReadOnlyList<AccessRecord> Access,
    IReadOnlyList<SignedNoteRecord> SessionNotes,
    IReadOnlyList<AfterSessionCheckRecord> AfterSessionChecks,
    IReadOnlyList<AdverseEvent> AdverseEvents,
    IReadOnlyList<ScheduledForm> Forms,
    IReadOnlyList<FlareUp> FlareUps,
    IReadOnlyList<WaitlistEntry> Waitlist,
    IReadOnlyList<ArticleAssignment> ArticlesAssigned,
    IReadOnlyList<Amendments.AmendmentRequest> Amendments,
    IReadOnlyList<Disclosures.DisclosureDto> Disclosures);

/// <summary>A signed session note as the patient receives it (drafts are the practitioner's unfinished work).</summary>
public sealed record SignedNoteRecord(
    DateTime SignedAt, string? Subjective, string? Objective, string? Assessment, string? Plan,
    IReadOnlyList<AppliedTechnique> Techniques, IReadOnlyList<NoteAddendumRecord> Addenda);

/// <summary>A later addition to a signed note, with its author and time.</summary>
public sealed record NoteAddendumRecord(DateTime At, string Author, string Text);

/// <summary>The patient's answers to the check after a session (without the link's token hash).</summary>
public sealed record AfterSessionCheckRecord(DateTime SessionStart, DateTime? AnsweredAt, int? Soreness, string? Settled, string? Unexpected);
