using BackPlan.Clinical.Forms;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Forms;

/// <summary>
/// Keeps an episode's <see cref="ScheduledForm"/> rows in step with the clinical core's schedule,
/// idempotently: a form keeps its key, so regenerating after a plan approval or a booking only moves
/// due times, adds new forms and removes untouched ones that no longer apply. Forms the patient has
/// started or finished are never removed. Called on read (portal pages) and by the reminder scan
/// (docs/decisions/0013-questionnaire-schedule.md).
/// </summary>
public sealed class FormScheduler(BackPlanDb db, InstrumentSettings settings)
{
    public const string HistoryStep = "history";
    public const string SafetyStep = "safety";

    /// <summary>Brings the forms of every open episode visible to the caller up to date and returns all their forms.</summary>
    public async Task<List<ScheduledForm>> SyncAllAsync(CancellationToken ct = default)
    {
        foreach (var episode in await db.Episodes.Where(e => e.Status == EpisodeStatus.Assessing || e.Status == EpisodeStatus.Active).ToListAsync(ct))
        {
            await SyncAsync(episode, ct);
        }

        return await db.Set<ScheduledForm>().OrderBy(f => f.DueAt).ToListAsync(ct);
    }

    public async Task SyncAsync(Episode episode, CancellationToken ct = default)
    {
        if (!episode.IsOpen)
        {
            return;
        }

        var due = FormSchedule.Generate(await InputAsync(episode, ct));
        var existing = await db.Set<ScheduledForm>().Where(f => f.EpisodeId == episode.Id).ToListAsync(ct);
        foreach (var form in existing.Where(f => f.Status == FormStatus.Open && f.SavedSteps.Count == 0 && due.All(d => d.Key != f.Key)))
        {
            db.Remove(form);
        }

        foreach (var next in due)
        {
            var form = existing.FirstOrDefault(f => f.Key == next.Key);
            if (form is null)
            {
                form = new ScheduledForm { PatientId = episode.PatientId, EpisodeId = episode.Id, Key = next.Key, TimePoint = next.TimePoint };
                db.Add(form);
            }

            if (form.Status == FormStatus.Completed)
            {
                continue;
            }

            form.OpensAt = next.OpensAt;
            form.DueAt = next.DueAt;
            form.ClosesAt = next.ClosesAt;
            // A started form keeps its steps, so the answers already saved still fit.
            if (form.SavedSteps.Count == 0)
            {
                form.Steps = [.. StepsOf(next)];
                form.AsksContraindications = next.AsksContraindications;
            }
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request (or the reminder scan) synced this episode at the same moment and the
            // unique key refused our copy: its rows stand, ours are dropped.
            foreach (var entry in db.ChangeTracker.Entries<ScheduledForm>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private static IEnumerable<string> StepsOf(DueForm form)
    {
        if (form.AsksHistory)
        {
            yield return HistoryStep;
        }

        // Red-flag questions come before the questionnaires, in every form (screening.md).
        yield return SafetyStep;
        foreach (var code in form.Instruments)
        {
            yield return code;
        }
    }

    private async Task<ScheduleInput> InputAsync(Episode episode, CancellationToken ct)
    {
        var function = await db.Clinics.AsNoTracking().Select(c => c.FunctionInstrument).FirstAsync(ct);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instrument in Catalogue.All)
        {
            if (await settings.MaySendToPatientsAsync(instrument.Code, ct))
            {
                allowed.Add(instrument.Code);
            }
        }

        // The episode's visits: the patient's appointments from the day before it opened (a first visit booked ahead counts).
        var from = episode.CreatedAt == default ? DateTime.MinValue : episode.CreatedAt.AddDays(-1);
        var visits = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == episode.PatientId && a.Status != AppointmentStatus.Cancelled && a.StartUtc >= from)
            .Select(a => new { a.Id, a.StartUtc }).ToListAsync(ct);
        var plan = await db.PlanVersions.AsNoTracking()
            .Where(p => p.EpisodeId == episode.Id && p.Status == PlanStatus.Approved)
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        // Baseline answers the clinic recorded itself (staff intake) count; the patient's own are linked to their form.
        var baselineByClinic = await db.QuestionnaireResponses.AnyAsync(r => r.EpisodeId == episode.Id && r.TimePoint == TimePoints.Baseline && !r.ByPatient, ct);
        return new ScheduleInput(
            episode.CreatedAt,
            function,
            visits.Select(v => new Visit(v.Id.ToString(), v.StartUtc)).ToList(),
            allowed,
            baselineByClinic,
            plan?.ApprovedAt,
            plan?.Schedule?.Sessions,
            plan?.Schedule?.Weeks,
            plan?.ReviewAfterSession);
    }
}
