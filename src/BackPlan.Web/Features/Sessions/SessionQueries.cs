using BackPlan.Clinical.Sessions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Sessions;

/// <summary>A session in a list: when (clinic time), with whom, attendance and the note's status.</summary>
public sealed record SessionRow(Guid Id, DateTime Local, string Practitioner, AppointmentStatus Status, NoteStatus? Note);

/// <summary>Adherence to the current program's schedule since its first approval (a local date).</summary>
public sealed record Adherence(AttendanceSummary Summary, DateOnly Started);

/// <summary>The reads behind the patient and episode pages' session lists.</summary>
public static class SessionQueries
{
    public static async Task<List<SessionRow>> RowsAsync(BackPlanDb db, ClinicClock clock, DateTime now, Guid patientId, Guid? episodeId)
    {
        var found = await (
            from a in db.Appointments.AsNoTracking()
            join s in db.Staff on a.PractitionerId equals s.Id
            join n in db.SessionNotes on a.Id equals n.AppointmentId into notes
            from n in notes.DefaultIfEmpty()
            where a.PatientId == patientId && a.StartUtc <= now && a.Status != AppointmentStatus.Cancelled
            where episodeId == null || (n != null && n.EpisodeId == episodeId)
            orderby a.StartUtc descending
            select new { a.Id, a.StartUtc, s.FullName, a.Status, Note = n == null ? (NoteStatus?)null : n.Status }).Take(100).ToListAsync();
        var rows = new List<SessionRow>();
        foreach (var f in found)
        {
            rows.Add(new SessionRow(f.Id, await clock.LocalAsync(f.StartUtc), f.FullName, f.Status, f.Note));
        }

        return rows;
    }

    /// <summary>The latest approved program with a schedule, counted from its episode's first approval; null when there is none.</summary>
    public static async Task<Adherence?> AdherenceAsync(BackPlanDb db, ClinicClock clock, DateTime now, Guid patientId)
    {
        var plans = await db.PlanVersions.AsNoTracking()
            .Where(p => p.PatientId == patientId && p.ApprovedAt != null && p.Status != PlanStatus.Draft)
            .Select(p => new { p.EpisodeId, p.Status, p.Schedule, p.ApprovedAt }).ToListAsync();
        var current = plans.Where(p => p.Status == PlanStatus.Approved && p.Schedule is not null).OrderByDescending(p => p.ApprovedAt).FirstOrDefault();
        if (current is null)
        {
            return null;
        }

        var started = DateOnly.FromDateTime(await clock.LocalAsync(plans.Where(p => p.EpisodeId == current.EpisodeId).Min(p => p.ApprovedAt!.Value)));
        var fromUtc = (await clock.ZoneAsync()).AtStartOfDay(NodaTime.LocalDate.FromDateOnly(started)).ToDateTimeUtc();
        // Late cancellations count when made, even if the slot they freed is still ahead.
        var visits = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.StartUtc >= fromUtc && (a.StartUtc <= now || a.Status == AppointmentStatus.Cancelled))
            .Select(a => new { a.Status, a.LateCancellation }).ToListAsync();
        var summary = Attendance.Summarise(current.Schedule!, started, await clock.TodayAsync(),
            visits.Count(v => v.Status == AppointmentStatus.Attended),
            visits.Count(v => v.Status == AppointmentStatus.NoShow),
            visits.Count(v => v.Status == AppointmentStatus.Cancelled && v.LateCancellation));
        return new Adherence(summary, started);
    }
}
