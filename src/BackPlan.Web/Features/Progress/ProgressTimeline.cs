using BackPlan.Clinical.HomeProgram;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.HomeProgram;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Progress;

/// <summary>
/// The practitioner's between-visit picture, week by week: adherence beside flare-ups, post-session
/// soreness, high pain and exercises that made things worse. Reports come from the staff alerts
/// (every feature raises one for these events); when session notes store soreness ratings of
/// their own, add them to <see cref="WeeksAsync"/> as further report kinds.
/// </summary>
public sealed class ProgressTimeline(BackPlanDb db, ClinicClock clock, HomeExercises home)
{
    public static IReadOnlyList<string> ReportKinds { get; } = [AlertKinds.FlareUp, AlertKinds.Soreness, AlertKinds.HighPain, AlertKinds.ExerciseWorse, AlertKinds.AdverseEvent];

    public async Task<List<TimelineWeek>> WeeksAsync(Guid patientId, int weeks = 8, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var zone = await clock.ZoneAsync(ct);
        var first = today.AddDays(1 - (7 * weeks));
        var prescriptions = await home.PrescriptionsAsync(patientId, ct);
        var done = await db.Set<ExerciseLog>().AsNoTracking()
            .Where(l => l.PatientId == patientId && l.Done && l.Day >= first)
            .Select(l => new DoneDay(l.Exercise, l.Day)).ToListAsync(ct);
        var since = first.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var reports = (await db.Alerts.AsNoTracking()
                .Where(a => a.PatientId == patientId && a.CreatedAt >= since && ReportKinds.Contains(a.Kind) && a.Kind != AlertKinds.FlareUp)
                .Select(a => new { a.Kind, a.CreatedAt }).ToListAsync(ct))
            .Select(a => (a.Kind, Day: LocalDay.Of(a.CreatedAt, zone))).ToList();
        // Flare-ups come from their own records (Waitlist feature), not their alerts: one per press, whatever became of the alert.
        reports.AddRange((await db.Set<Waitlist.FlareUp>().AsNoTracking()
                .Where(f => f.PatientId == patientId && f.RecordedAt >= since).Select(f => f.RecordedAt).ToListAsync(ct))
            .Select(at => (AlertKinds.FlareUp, LocalDay.Of(at, zone))));

        var result = new List<TimelineWeek>();
        for (var end = today; end >= first; end = end.AddDays(-7))
        {
            var from = end.AddDays(-6);
            var adherence = Adherence.Over(7, end, prescriptions, done, todayIsOver: end != today).Percent;
            var counts = reports.Where(r => r.Day >= from && r.Day <= end).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
            if (adherence is not null || counts.Count > 0)
            {
                result.Add(new TimelineWeek(from, end, adherence, counts));
            }
        }

        return result;
    }
}
