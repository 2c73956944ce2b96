using BackPlan.Clinical.HomeProgram;
using BackPlan.Clinical.Outcomes;
using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Recomputes the outcome records of some episodes from the database and saves them. Reads go
/// through the query filters, so it only ever sees the caller's clinic (and, for a patient, their own episodes).
/// </summary>
public static class OutcomeRecorder
{
    /// <summary>Refreshes the given episodes and every episode of the given patients (appointments name a patient, not an episode).</summary>
    public static async Task RefreshAsync(BackPlanDb db, IReadOnlyCollection<Guid> episodeIds, IReadOnlyCollection<Guid> patientIds, FollowUpWindow window, DateTime now, CancellationToken ct = default)
    {
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => episodeIds.Contains(e.Id) || patientIds.Contains(e.PatientId))
            .ToListAsync(ct);
        if (episodes.Count == 0)
        {
            return;
        }

        var ids = episodes.Select(e => e.Id).ToList();
        var patients = episodes.Select(e => e.PatientId).Distinct().ToList();
        var clinicId = episodes[0].ClinicId;
        var zoneId = await db.Clinics.IgnoreQueryFilters().Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).FirstOrDefaultAsync(ct);
        var zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)) ?? DateTimeZone.Utc;
        DateOnly Local(DateTime utc) => LocalDay.Of(utc, zone);

        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(q => ids.Contains(q.EpisodeId) && q.Score != null)
            .OrderBy(q => q.RecordedAt)
            .Select(q => new { q.EpisodeId, q.Instrument, q.TimePoint, q.RecordedAt, Score = q.Score!.Value, q.Result })
            .ToListAsync(ct);
        var plans = await db.PlanVersions.AsNoTracking()
            .Where(p => ids.Contains(p.EpisodeId) && p.Status != PlanStatus.Draft)
            .ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => patients.Contains(a.PatientId) && a.Status != AppointmentStatus.Cancelled)
            .Select(a => new { a.PatientId, a.PractitionerId, a.StartUtc, a.Status, LocationId = db.Rooms.Where(r => r.Id == a.RoomId).Select(r => (Guid?)r.LocationId).FirstOrDefault() })
            .ToListAsync(ct);
        var starts = await db.Episodes.AsNoTracking()
            .Where(e => patients.Contains(e.PatientId))
            .Select(e => new { e.Id, e.PatientId, e.StartedOn })
            .ToListAsync(ct);
        var practitioners = await db.Staff.AsNoTracking()
            .Where(s => s.Role == Roles.Practitioner)
            .Select(s => new { s.Id, s.FullName })
            .ToListAsync(ct);
        var logs = await db.Set<ExerciseLog>().AsNoTracking()
            .Where(l => ids.Contains(l.EpisodeId) && l.Done)
            .Select(l => new { l.EpisodeId, l.Exercise, l.Day })
            .ToListAsync(ct);
        var adverse = await db.Set<AdverseEvent>().AsNoTracking()
            .Where(a => patients.Contains(a.PatientId))
            .Select(a => new { a.PatientId, a.OccurredOn })
            .ToListAsync(ct);
        var checks = await db.Set<PostSessionCheck>().AsNoTracking()
            .Where(c => patients.Contains(c.PatientId) && c.Soreness != null)
            .Select(c => new { c.PatientId, c.SessionStartUtc, Soreness = c.Soreness!.Value })
            .ToListAsync(ct);
        var closedAt = episodes.Where(e => e.ClosedAt != null).ToDictionary(e => e.Id, e => e.ClosedAt!.Value);
        var today = Local(now);
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).Take(2).ToListAsync(ct);
        var records = await db.Set<EpisodeOutcomeRecord>().Where(r => ids.Contains(r.EpisodeId)).ToDictionaryAsync(r => r.EpisodeId, ct);

        foreach (var episode in episodes)
        {
            var mine = responses.Where(r => r.EpisodeId == episode.Id).ToList();
            var measures = mine.Select(r => new OutcomeMeasure(r.Instrument, r.TimePoint, Local(r.RecordedAt), r.Score)).ToList();
            var risk = mine.LastOrDefault(r => r.Instrument == "sbst" && r.TimePoint == TimePoints.Baseline)?.Result.Band;
            var plan = plans.Where(p => p.EpisodeId == episode.Id).MaxBy(p => p.Number);
            // An appointment belongs to the patient's episode that had started by its day and was not yet followed by another.
            var next = starts.Where(s => s.PatientId == episode.PatientId && s.Id != episode.Id && s.StartedOn > episode.StartedOn)
                .Select(s => (DateOnly?)s.StartedOn).Min();
            bool During(DateOnly day) => day >= episode.StartedOn && (next is null || day < next);
            var sessions = appointments
                .Where(a => a.PatientId == episode.PatientId && During(Local(a.StartUtc)))
                .Select(a => new SessionRow(a.PractitionerId, a.LocationId, a.Status))
                .ToList();
            var endedOn = episode.ClosedAt is { } closed ? Local(closed) : (DateOnly?)null;
            var prescriptions = HomeExercises.PrescriptionsOf(
                plans.Where(p => p.EpisodeId == episode.Id && p.ApprovedAt != null).OrderBy(p => p.ApprovedAt).ToList(), closedAt, zone);
            var care = CareCounts.Of(episode.StartedOn, endedOn, today, prescriptions,
                logs.Where(l => l.EpisodeId == episode.Id).Select(l => new DoneDay(l.Exercise, l.Day)).ToList(),
                adverse.Count(a => a.PatientId == episode.PatientId && During(a.OccurredOn)),
                checks.Where(c => c.PatientId == episode.PatientId && During(Local(c.SessionStartUtc))).Select(c => c.Soreness).ToList());
            var approver = practitioners.FirstOrDefault(p => p.FullName == (plan?.ApprovedBy ?? episode.CreatedBy))?.Id;
            if (!records.TryGetValue(episode.Id, out var record))
            {
                record = new EpisodeOutcomeRecord { DurationClass = "" };
                db.Add(record);
            }

            OutcomeRecordBuilder.Fill(record, episode, measures, risk, plan?.Elements.Select(e => e.Kind).ToList(), sessions, care,
                approver, locations.Count == 1 ? locations[0] : null, endedOn, window, now);
        }

        await db.SaveChangesAsync(ct);
    }
}
