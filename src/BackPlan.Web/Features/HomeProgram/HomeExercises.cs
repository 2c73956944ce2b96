using System.Globalization;
using BackPlan.Clinical.Content;
using BackPlan.Clinical.HomeProgram;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.HomeProgram;

/// <summary>Adherence over the last 7 and 28 local days.</summary>
public sealed record AdherenceFigures(AdherenceResult Week, AdherenceResult FourWeeks);

/// <summary>
/// The home program of a patient: the program in force, the exercise log (one row per exercise per
/// local day, with alerts for pain 7 or more and "made it worse") and adherence. All reads go
/// through the query filters, so a patient only ever reaches their own rows.
/// </summary>
public sealed class HomeExercises(BackPlanDb db, ClinicClock clock, StaffAlerts alerts, TimeProvider time)
{
    public const int HighPain = 7;

    /// <summary>The latest approved program version (the one in force), or null.</summary>
    public Task<PlanVersion?> CurrentProgramAsync(Guid patientId, CancellationToken ct = default) =>
        db.PlanVersions.AsNoTracking()
            .Where(p => p.PatientId == patientId && p.Status == PlanStatus.Approved)
            .OrderByDescending(p => p.ApprovedAt).FirstOrDefaultAsync(ct);

    public static IEnumerable<PlanElement> Exercises(PlanVersion plan) =>
        plan.Elements.Where(e => e.Kind == PlanVocabulary.Exercise && e.Exercise is not null);

    public static IEnumerable<PlanElement> Topics(PlanVersion plan) =>
        plan.Elements.Where(e => e.Kind == PlanVocabulary.Education && e.Topic is not null);

    /// <summary>The dosage as prescribed in the plan, else the library's default.</summary>
    public static Dosage? DosageOf(PlanElement element) => element.Dosage ?? ExerciseLibrary.Find(element.Exercise)?.Dosage;

    public Task<List<ExerciseLog>> LogsOfDayAsync(Guid patientId, DateOnly day, CancellationToken ct = default) =>
        db.Set<ExerciseLog>().AsNoTracking().Where(l => l.PatientId == patientId && l.Day == day).ToListAsync(ct);

    public async Task<AdherenceFigures> AdherenceAsync(Guid patientId, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var prescriptions = await PrescriptionsAsync(patientId, ct);
        var from = today.AddDays(-Adherence.FourWeeks);
        var done = await db.Set<ExerciseLog>().AsNoTracking()
            .Where(l => l.PatientId == patientId && l.Done && l.Day > from)
            .Select(l => new DoneDay(l.Exercise, l.Day)).ToListAsync(ct);
        return new(Adherence.Over(Adherence.Week, today, prescriptions, done), Adherence.Over(Adherence.FourWeeks, today, prescriptions, done));
    }

    /// <summary>
    /// Every exercise of every approved version, in force from the local day of its approval until
    /// the next version's approval (versions that were replaced are "Superseded").
    /// </summary>
    public async Task<List<Prescription>> PrescriptionsAsync(Guid patientId, CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        var versions = await db.PlanVersions.AsNoTracking()
            .Where(p => p.PatientId == patientId && p.ApprovedAt != null && p.Status != PlanStatus.Draft)
            .OrderBy(p => p.ApprovedAt).ToListAsync(ct);
        var closed = await db.Episodes.AsNoTracking().Where(e => e.PatientId == patientId && e.ClosedAt != null)
            .ToDictionaryAsync(e => e.Id, e => e.ClosedAt!.Value, ct);
        return PrescriptionsOf(versions, closed, zone);
    }

    /// <summary>
    /// The prescriptions of approved versions (ordered by approval): each in force from its approval's
    /// local day until the next version's, or until its episode was closed (the outcome records use it too).
    /// </summary>
    public static List<Prescription> PrescriptionsOf(IReadOnlyList<PlanVersion> versions, IReadOnlyDictionary<Guid, DateTime> closedAt, DateTimeZone zone)
    {
        var prescriptions = new List<Prescription>();
        for (var i = 0; i < versions.Count; i++)
        {
            var from = LocalDay.Of(versions[i].ApprovedAt!.Value, zone);
            DateOnly? until = i + 1 < versions.Count ? LocalDay.Of(versions[i + 1].ApprovedAt!.Value, zone) : null;
            if (closedAt.TryGetValue(versions[i].EpisodeId, out var closed) && (until is null || LocalDay.Of(closed, zone) < until))
            {
                until = LocalDay.Of(closed, zone);
            }

            prescriptions.AddRange(Exercises(versions[i]).Select(e => new Prescription(e.Exercise!, ExerciseFrequency.DaysPerWeek(DosageOf(e)?.Frequency), from, until)));
        }

        return prescriptions;
    }

    /// <summary>
    /// Saves today's entries: updates today's row of an exercise or adds one when something was
    /// entered, and raises an alert for pain of 7 or more or "made it worse" (once per day and kind).
    /// </summary>
    public async Task SaveTodayAsync(Guid patientId, PlanVersion plan, IReadOnlyList<ExerciseEntry> entries, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Set<ExerciseLog>().Where(l => l.PatientId == patientId && l.Day == today).ToListAsync(ct);
        foreach (var entry in entries)
        {
            var row = existing.FirstOrDefault(l => l.Exercise == entry.Exercise);
            if (row is null && !entry.HasContent)
            {
                continue;
            }

            var hadHighPain = row?.Pain >= HighPain;
            var hadWorse = row?.MadeWorse == true;
            if (row is null)
            {
                row = new ExerciseLog { PatientId = patientId, EpisodeId = plan.EpisodeId, PlanVersionId = plan.Id, Exercise = entry.Exercise, Day = today, RecordedAt = now };
                db.Add(row);
            }
            else
            {
                row.UpdatedAt = now;
            }

            row.Done = entry.Done;
            row.Difficulty = entry.Difficulty;
            row.Pain = entry.Pain;
            row.MadeWorse = entry.MadeWorse;
            row.Comment = entry.Comment;

            var link = $"/patients/{patientId}/progress";
            if (entry.Pain >= HighPain && !hadHighPain)
            {
                await alerts.RaiseAsync(new AlertRequest(plan.ClinicId, patientId, AlertKinds.HighPain, AlertSeverity.Warning,
                    Detail(entry, string.Create(CultureInfo.InvariantCulture, $"NPRS {entry.Pain}/10")), link, plan.EpisodeId, Exercise: entry.Exercise), ct);
            }

            if (entry.MadeWorse && !hadWorse)
            {
                await alerts.RaiseAsync(new AlertRequest(plan.ClinicId, patientId, AlertKinds.ExerciseWorse, AlertSeverity.Warning,
                    Detail(entry, null), link, plan.EpisodeId, Exercise: entry.Exercise), ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task MarkReadAsync(Guid patientId, string topic, CancellationToken ct = default)
    {
        if (!await db.Set<TopicRead>().AnyAsync(t => t.PatientId == patientId && t.Topic == topic, ct))
        {
            db.Add(new TopicRead { PatientId = patientId, Topic = topic, ReadAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
    }

    public Task<List<string>> TopicsReadAsync(Guid patientId, CancellationToken ct = default) =>
        db.Set<TopicRead>().AsNoTracking().Where(t => t.PatientId == patientId).Select(t => t.Topic).ToListAsync(ct);

    // Only facts that read the same in every language are stored (the rating, the patient's own
    // words): the alert's kind and the exercise (by its code) are named on the page in the reader's language.
    private static string? Detail(ExerciseEntry entry, string? rating)
    {
        var comment = entry.Comment is { Length: > 0 } c ? $"\"{c}\"" : null;
        return rating is null ? comment : comment is null ? rating + "." : $"{rating}. {comment}";
    }
}
