using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Reviews;
using BackPlan.Web.Features.Screening;

namespace BackPlan.Web.Features.DataRights;

/// <summary>Who read or changed the record, when, in which role (not which person or address: those are staff data).</summary>
public sealed record AccessRecord(DateTime At, string Action, string? Role);

/// <summary>
/// Everything the clinic holds about one patient, as they download it (JSON) or read it (HTML):
/// their details and consents, episodes, answers and scores, screenings, examinations, programs
/// given to them, reviews, appointments, exercise log, topics read, alerts about them, deletion
/// requests, and who accessed the record.
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
    IReadOnlyList<AccessRecord> Access);
