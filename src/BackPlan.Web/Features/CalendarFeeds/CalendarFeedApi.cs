using System.Text;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.CalendarFeeds;

/// <summary>
/// <c>GET /calendar/feed/{token}.ics</c>: a practitioner's appointments for calendar apps, without
/// sign-in. It lists patients' visits, so every read is audited (as a patient-data list, no single
/// patient), and a visit shows only the patient's initials (decision 0009).
/// </summary>
public static class CalendarFeedApi
{
    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/feed/{token}.ics", Feed).AllowAnonymous()
            .AuditsPatientData("calendar.feed", routeKey: null).ExcludeFromDescription();

    private static async Task<Results<FileContentHttpResult, NotFound>> Feed(
        string token, BackPlanDb db, CurrentUser user, AuditLog audit, TimeProvider time, IOptions<ReminderOptions> options, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
        {
            return TypedResults.NotFound();
        }

        var hash = SecretToken.Hash(token);
        // The token is the credential: found across clinics, then everything else runs under that clinic's filter.
        var feed = await db.Set<CalendarFeed>().IgnoreQueryFilters().FirstOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null)
        {
            return TypedResults.NotFound();
        }

        user.ActForClinic(feed.ClinicId);
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == feed.StaffMemberId, ct);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-options.Value.FeedPastDays);
        var to = now.AddDays(options.Value.FeedFutureDays);
        var rows = await db.Appointments.AsNoTracking().Where(Appointment.Overlapping(from, to))
            .Where(a => a.PractitionerId == staff.Id
                && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Attended))
            .Join(db.Patients, a => a.PatientId, p => p.Id, (a, p) => new { a.Id, a.StartUtc, a.EndUtc, a.RoomId, a.Sequence, p.GivenName, p.FamilyName })
            .OrderBy(r => r.StartUtc).Take(2000).ToListAsync(ct);
        var rooms = await db.Rooms.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var events = rows.Select(r => new CalendarAppointment(r.Id, r.StartUtc, r.EndUtc,
            $"Appointment {Initials(r.GivenName, r.FamilyName)}", r.RoomId is { } room && rooms.TryGetValue(room, out var name) ? name : null, now, r.Sequence));
        var text = AppointmentCalendar.Feed($"BackPlan: {staff.FullName}", events, now);

        feed.LastReadAt = now;
        await db.SaveChangesAsync(ct);
        if (!user.IsAuthenticated)
        {
            // The read-audit middleware records signed-in reads only; a calendar app never signs in.
            await audit.RecordAsync("calendar.feed", null, $"feed of {staff.FullName} ({rows.Count} appointments)", ct);
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8");
    }

    /// <summary>"A. K." — enough for the practitioner to recognise the visit, little for anyone who sees their calendar.</summary>
    public static string Initials(string givenName, string familyName) =>
        $"{First(givenName)}. {First(familyName)}.";

    private static string First(string name) => name.Trim() is { Length: > 0 } n ? char.ToUpperInvariant(n[0]).ToString() : "?";
}
