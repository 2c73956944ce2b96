using System.Globalization;
using BackPlan.Clinical.Content;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.HomeProgram;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Waitlist;

/// <summary>
/// Records a flare-up pressed in the portal: the record, an alert for the practitioner (and the
/// high-pain alert at 7/10 or more, as for exercise pain), and the patient first in line for a
/// freed slot over the next two weeks (<see cref="WaitlistRules.FlareUpDays"/>).
/// </summary>
public sealed class FlareUpRecorder(BackPlanDb db, HomeExercises home, StaffAlerts alerts, WaitlistEntries waitlist, ClinicClock clock, TimeProvider time)
{
    /// <summary>Returns the field errors (none when recorded).</summary>
    public async Task<Dictionary<string, string[]>> RecordAsync(Guid patientId, FlareUpInput input, CancellationToken ct = default)
    {
        var errors = input.Validate();
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId).Select(p => new { p.Id, p.ClinicId }).FirstOrDefaultAsync(ct);
        if (errors.Count > 0 || patient is null)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var episode = await waitlist.OpenEpisodeAsync(patientId, ct);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        db.Add(new FlareUp { ClinicId = patient.ClinicId, PatientId = patientId, EpisodeId = episode, RecordedAt = now, Pain = input.Pain, Note = note });

        var detail = string.Join(" ", new[] { input.Pain is { } p ? string.Create(CultureInfo.InvariantCulture, $"Flare-up, pain {p}/10.") : "Flare-up.", note is null ? null : $"\"{note}\"" }.Where(s => s is not null));
        var link = $"/patients/{patientId}/progress";
        await alerts.RaiseAsync(new AlertRequest(patient.ClinicId, patientId, AlertKinds.FlareUp, AlertSeverity.Warning, detail, link, episode), ct);
        if (input.Pain >= HomeExercises.HighPain)
        {
            await alerts.RaiseAsync(new AlertRequest(patient.ClinicId, patientId, AlertKinds.HighPain, AlertSeverity.Warning, detail, link, episode), ct);
        }

        await FirstInLineAsync(patient.ClinicId, patientId, episode, now, ct);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The agreed advice from the patient's approved plan in force, plus the urgent-help advice.</summary>
    public async Task<FlareUpAdvice> AdviceAsync(Guid patientId, CancellationToken ct = default)
    {
        var plan = await home.CurrentProgramAsync(patientId, ct);
        var agreed = plan?.Elements.Any(e => e.Kind == PlanVocabulary.SelfManagement && e.Topic == FlareUpAdvice.PlanTopic) == true
            ? TopicLibrary.Find(FlareUpAdvice.PlanTopic)
            : null;
        var cautions = plan is null ? [] : HomeExercises.Exercises(plan)
            .SelectMany(e => ExerciseLibrary.Find(e.Exercise)?.Cautions ?? [])
            .Where(c => c.Contains("flare", StringComparison.OrdinalIgnoreCase))
            .Distinct().ToList();
        return new FlareUpAdvice(agreed, cautions, TopicLibrary.Find(FlareUpAdvice.UrgentTopic)!);
    }

    /// <summary>
    /// Creates or upgrades the patient's entry: flare-up priority, any practitioner, from today to at
    /// least two weeks ahead (their times of day stay as they chose); a new entry waits for the clinic's shortest treatment visit.
    /// </summary>
    private async Task FirstInLineAsync(Guid clinicId, Guid patientId, Guid? episode, DateTime now, CancellationToken ct)
    {
        var today = await clock.TodayAsync(ct);
        var until = today.AddDays(WaitlistRules.FlareUpDays);
        var entry = await waitlist.ActiveOfAsync(patientId, ct);
        if (entry is null)
        {
            var types = await waitlist.TypesAsync(ct);
            var type = types.FirstOrDefault(t => t.Code.StartsWith("treatment", StringComparison.Ordinal)) ?? types.FirstOrDefault();
            if (type is null)
            {
                return;
            }

            entry = new WaitlistEntry
            {
                ClinicId = clinicId,
                PatientId = patientId,
                EpisodeId = episode,
                AppointmentTypeId = type.Id,
                JoinedAt = now,
                JoinedBy = "flare-up",
                Earliest = today,
                Latest = until,
            };
            db.Add(entry);
        }

        entry.Priority = WaitlistPriority.FlareUp;
        entry.PractitionerId = null;
        entry.Earliest = today;
        if (entry.Latest < until)
        {
            entry.Latest = until;
        }
    }
}
