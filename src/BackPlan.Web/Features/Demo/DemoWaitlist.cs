using BackPlan.Clinical.Waitlist;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Waitlist;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Demo;

/// <summary>
/// The demo patient's flare-up two weeks ago (so the practitioner's timeline and the note
/// pre-draft show one), and their entry on the waitlist for an earlier visit in the mornings.
/// </summary>
internal static class DemoWaitlist
{
    public static async Task SeedAsync(BackPlanDb db, Episode episode, DateTime now)
    {
        var flaredAt = now.AddDays(-14);
        const string note = "Stiff and sore after a long drive at the weekend.";
        db.FlareUps.Add(new FlareUp { ClinicId = episode.ClinicId, PatientId = episode.PatientId, EpisodeId = episode.Id, RecordedAt = flaredAt, Pain = 6, Note = note });
        db.Alerts.Add(new StaffAlert
        {
            ClinicId = episode.ClinicId,
            PatientId = episode.PatientId,
            EpisodeId = episode.Id,
            Kind = AlertKinds.FlareUp,
            Severity = AlertSeverity.Warning,
            Detail = $"Flare-up, pain 6/10. \"{note}\"",
            Link = $"/patients/{episode.PatientId}/progress",
            CreatedAt = flaredAt,
            AcknowledgedAt = flaredAt.AddHours(3),
            AcknowledgedBy = DemoEpisode.Therapist,
        });

        var today = DateOnly.FromDateTime(now);
        var type = await db.AppointmentTypes.Where(t => t.Code == "treatment-45").Select(t => t.Id).FirstAsync();
        db.WaitlistEntries.Add(new WaitlistEntry
        {
            ClinicId = episode.ClinicId,
            PatientId = episode.PatientId,
            EpisodeId = episode.Id,
            AppointmentTypeId = type,
            Earliest = today.AddDays(1),
            Latest = today.AddDays(21),
            Times = TimesOfDay.Morning,
            JoinedAt = now.AddDays(-2),
            JoinedBy = DemoEpisode.Therapist,
        });
        await db.SaveChangesAsync();
    }
}
