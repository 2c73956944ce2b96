using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.DataRights;

/// <summary>
/// Gathers a patient's data for download. Every query goes through the query filters, so a
/// signed-in patient can only ever gather their own. Draft programs are left out: they are the
/// practitioner's unfinished work and become the patient's advice on approval (decision 0014).
/// </summary>
public sealed class PatientDataExport(BackPlanDb db, TimeProvider time, Disclosures.Disclosures disclosures)
{
    public async Task<PatientDataBundle?> GatherAsync(Guid patientId, CancellationToken ct = default)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return null;
        }

        var clinic = await db.Clinics.AsNoTracking().Select(c => c.Name).FirstAsync(ct);
        var addenda = (await db.Set<SessionNoteAddendum>().AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.CreatedAt).ToListAsync(ct))
            .ToLookup(a => a.NoteId, a => new NoteAddendumRecord(a.CreatedAt, a.Author, a.Text));
        var notes = await db.SessionNotes.AsNoTracking()
            .Where(n => n.PatientId == patientId && n.Status == NoteStatus.SignedOff).OrderBy(n => n.SignedAt).ToListAsync(ct);
        return new PatientDataBundle(
            time.GetUtcNow().UtcDateTime,
            clinic,
            patient,
            await db.Episodes.AsNoTracking().Where(e => e.PatientId == patientId).OrderBy(e => e.StartedOn).ToListAsync(ct),
            await db.QuestionnaireResponses.AsNoTracking().Where(r => r.PatientId == patientId).OrderBy(r => r.RecordedAt).ToListAsync(ct),
            await db.Screenings.AsNoTracking().Where(s => s.PatientId == patientId).OrderBy(s => s.RecordedAt).ToListAsync(ct),
            await db.Examinations.AsNoTracking().Where(e => e.PatientId == patientId).OrderBy(e => e.RecordedAt).ToListAsync(ct),
            await db.PlanVersions.AsNoTracking().Where(p => p.PatientId == patientId && p.Status != PlanStatus.Draft).OrderBy(p => p.ApprovedAt).ToListAsync(ct),
            await db.Reviews.AsNoTracking().Where(r => r.PatientId == patientId).OrderBy(r => r.RecordedAt).ToListAsync(ct),
            await db.Appointments.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.StartUtc).ToListAsync(ct),
            await db.Set<ExerciseLog>().AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Day).ThenBy(l => l.Exercise).ToListAsync(ct),
            await db.Set<TopicRead>().AsNoTracking().Where(t => t.PatientId == patientId).OrderBy(t => t.ReadAt).ToListAsync(ct),
            await db.Set<StaffAlert>().AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.CreatedAt).ToListAsync(ct),
            await db.Set<DeletionRequest>().AsNoTracking().Where(d => d.PatientId == patientId).OrderBy(d => d.RequestedAt).ToListAsync(ct),
            await db.AuditEntries.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.At)
                .Select(a => new AccessRecord(a.At, a.Action, a.Role)).ToListAsync(ct),
            [.. notes.Select(n => new SignedNoteRecord(n.SignedAt ?? n.CreatedAt, n.Subjective, n.Objective, n.Assessment, n.Plan, n.Techniques, [.. addenda[n.Id]]))],
            await db.Set<PostSessionCheck>().AsNoTracking().Where(c => c.PatientId == patientId).OrderBy(c => c.SessionStartUtc)
                .Select(c => new AfterSessionCheckRecord(c.SessionStartUtc, c.CompletedAt, c.Soreness, c.Settled, c.Unexpected)).ToListAsync(ct),
            await db.Set<AdverseEvent>().AsNoTracking().Where(e => e.PatientId == patientId).OrderBy(e => e.OccurredOn).ToListAsync(ct),
            await db.Set<Forms.ScheduledForm>().AsNoTracking().Where(f => f.PatientId == patientId).OrderBy(f => f.DueAt).ToListAsync(ct),
            await db.FlareUps.AsNoTracking().Where(f => f.PatientId == patientId).OrderBy(f => f.RecordedAt).ToListAsync(ct),
            await db.WaitlistEntries.AsNoTracking().Where(w => w.PatientId == patientId).OrderBy(w => w.JoinedAt).ToListAsync(ct),
            await db.ArticleAssignments.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.AssignedAt).ToListAsync(ct),
            await db.Set<Amendments.AmendmentRequest>().AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.RequestedAt).ToListAsync(ct),
            await disclosures.OfPatientAsync(patientId, ct));
    }
}
