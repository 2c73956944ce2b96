using System.Globalization;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Features.Reminders;

/// <summary>
/// The patient's emails about an appointment, queued in the booking's own unit of work: a
/// confirmation with an .ics invitation, one reminder per configured offset (sent at start −
/// offset; offsets already past are skipped), and on cancellation a cancellation .ics while the
/// pending reminders are withdrawn. Times are the clinic's local time (NodaTime), so a reminder
/// written before a DST change still says the right hour. No clinical details (decision 0009).
/// </summary>
public sealed class BookingEmails(
    BackPlanDb db,
    Outbox outbox,
    TimeProvider time,
    IStringLocalizer<SharedResource> l,
    IOptions<ReminderOptions> reminders,
    IOptions<EmailOptions> email)
{
    public const string Confirmation = "appointment-confirmation";
    public const string Reminder = "appointment-reminder";
    public const string Cancellation = "appointment-cancellation";
    public const string Moved = "appointment-moved";

    public async Task BookedAsync(Appointment appointment, CancellationToken ct)
    {
        if (await DetailsAsync(appointment, ct) is not { } d)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var invitation = new EmailAttachment("appointment.ics", $"{AppointmentCalendar.ContentType}; method=REQUEST",
            AppointmentCalendar.Invitation(d.Calendar(now), Organizer()));
        var (subject, body) = EmailCulture.In(d.Culture, () => (
            l["{0}: your appointment on {1}", d.ClinicName, d.When].Value,
            Paragraphs(
                l["Hello {0},", d.GivenName],
                l["your appointment with {0} at {1} is booked for {2}.", d.Practitioner, d.Place, d.When],
                l["The attached calendar file adds it to your calendar. If you cannot come, please tell the clinic as early as you can."])));
        outbox.Enqueue(new OutboxEmail(Confirmation, d.To, subject, body, RelatedId: appointment.Id, Attachment: invitation));

        QueueReminders(d, now);
    }

    /// <summary>
    /// A moved appointment: the pending confirmation and reminders of the old time are withdrawn, the
    /// patient is told (with the same UID and a higher SEQUENCE, so calendar apps move the event),
    /// and reminders are queued for the new time.
    /// </summary>
    public async Task RescheduledAsync(Appointment appointment, DateTime previousStartUtc, CancellationToken ct)
    {
        await outbox.WithdrawAsync(appointment.Id, [Reminder, Confirmation, Moved], ct);
        if (await DetailsAsync(appointment, ct) is not { } d)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var before = LocalText(previousStartUtc, d.Zone, d.Culture);
        var invitation = new EmailAttachment("appointment.ics", $"{AppointmentCalendar.ContentType}; method=REQUEST",
            AppointmentCalendar.Invitation(d.Calendar(now), Organizer()));
        var (subject, body) = EmailCulture.In(d.Culture, () => (
            l["{0}: your appointment has moved to {1}", d.ClinicName, d.When].Value,
            Paragraphs(
                l["Hello {0},", d.GivenName],
                l["your appointment with {0} at {1} has moved from {2} to {3}.", d.Practitioner, d.Place, before, d.When],
                l["The attached calendar file moves it in your calendar. If you cannot come at the new time, please tell the clinic as early as you can."])));
        outbox.Enqueue(new OutboxEmail(Moved, d.To, subject, body, RelatedId: appointment.Id, Attachment: invitation));
        QueueReminders(d, now);
    }

    /// <summary>One reminder per configured offset before the start; offsets already past are skipped.</summary>
    private void QueueReminders(Details d, DateTime now)
    {
        foreach (var offset in reminders.Value.EffectiveOffsets)
        {
            var sendAt = d.Appointment.StartUtc - offset;
            if (sendAt <= now)
            {
                continue; // booked too late for this reminder; the confirmation says it all
            }

            var (reminderSubject, reminderBody) = EmailCulture.In(d.Culture, () => (
                l["Reminder: {0}, {1}", d.ClinicName, d.When].Value,
                Paragraphs(
                    l["Hello {0},", d.GivenName],
                    l["a reminder of your appointment with {0} at {1} on {2}.", d.Practitioner, d.Place, d.When],
                    l["If you cannot come, please tell the clinic as early as you can."])));
            outbox.Enqueue(new OutboxEmail(Reminder, d.To, reminderSubject, reminderBody, sendAt, d.Appointment.Id,
                new EmailAttachment("appointment.ics", $"{AppointmentCalendar.ContentType}; method=REQUEST", AppointmentCalendar.Invitation(d.Calendar(now), Organizer()))));
        }
    }

    public async Task CancelledAsync(Appointment appointment, CancellationToken ct)
    {
        // Withdrawn even when the patient has no email now: a reminder may have been queued before it was removed.
        await outbox.WithdrawAsync(appointment.Id, [Reminder, Confirmation, Moved], ct);
        if (await DetailsAsync(appointment, ct) is not { } d)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (subject, body) = EmailCulture.In(d.Culture, () => (
            l["{0}: appointment on {1} cancelled", d.ClinicName, d.When].Value,
            Paragraphs(
                l["Hello {0},", d.GivenName],
                l["your appointment with {0} at {1} on {2} has been cancelled.", d.Practitioner, d.Place, d.When],
                l["The attached calendar file removes it from your calendar. To book again, contact the clinic."])));
        outbox.Enqueue(new OutboxEmail(Cancellation, d.To, subject, body, RelatedId: appointment.Id,
            Attachment: new EmailAttachment("appointment.ics", $"{AppointmentCalendar.ContentType}; method=CANCEL", AppointmentCalendar.Cancellation(d.Calendar(now), Organizer()))));
    }

    /// <summary>The appointment's .ics for the patient to download from the portal (no email needed).</summary>
    public async Task<string> InvitationAsync(Appointment appointment, CancellationToken ct)
    {
        var d = await DetailsAsync(appointment, ct, requireEmail: false);
        return AppointmentCalendar.Invitation(d!.Calendar(time.GetUtcNow().UtcDateTime), Organizer());
    }

    internal static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    private string Organizer() =>
        MailboxAddress.TryParse(email.Value.From, out var from) ? from.Address : "no-reply@backplan.localhost";

    private async Task<Details?> DetailsAsync(Appointment appointment, CancellationToken ct, bool requireEmail = true)
    {
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == appointment.PatientId)
            .Select(p => new { p.GivenName, p.Email }).FirstOrDefaultAsync(ct);
        if (patient is null || (requireEmail && string.IsNullOrWhiteSpace(patient.Email)))
        {
            return null;
        }

        var clinic = await db.Clinics.AsNoTracking().Where(c => c.Id == appointment.ClinicId)
            .Select(c => new { c.Name, c.TimeZoneId, c.Locale }).FirstAsync(ct);
        var practitioner = await db.Staff.AsNoTracking().Where(s => s.Id == appointment.PractitionerId).Select(s => s.FullName).FirstOrDefaultAsync(ct) ?? "";
        var place = appointment.RoomId is { } roomId
            ? await db.Rooms.AsNoTracking().Where(r => r.Id == roomId)
                .Join(db.Locations, r => r.LocationId, loc => loc.Id, (r, loc) => new { loc.Name, loc.AddressLine, loc.City })
                .FirstOrDefaultAsync(ct)
            : null;
        var where = place is null
            ? clinic.Name
            : string.Join(", ", new[] { clinic.Name, place.AddressLine, place.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(clinic.TimeZoneId) ?? DateTimeZone.Utc;
        var culture = EmailCulture.Of(clinic.Locale);
        var when = LocalText(appointment.StartUtc, zone, culture);
        return new Details(patient.Email ?? "", patient.GivenName, clinic.Name, practitioner, where, when, culture, zone, appointment);
    }

    /// <summary>e.g. "Sunday, 29 March 2026, 10:00 (Europe/Warsaw)" in the clinic's zone and language.</summary>
    public static string LocalText(DateTime startUtc, DateTimeZone zone, CultureInfo culture)
    {
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        var pattern = LocalDateTimePattern.Create("dddd, d MMMM uuuu, HH:mm", culture);
        return $"{pattern.Format(local)} ({zone.Id})";
    }

    private sealed record Details(string To, string GivenName, string ClinicName, string Practitioner, string Place, string When, CultureInfo Culture, DateTimeZone Zone, Appointment Appointment)
    {
        public CalendarAppointment Calendar(DateTime stampUtc) =>
            new(Appointment.Id, Appointment.StartUtc, Appointment.EndUtc, $"{ClinicName}: {Practitioner}", Place, stampUtc, Appointment.Sequence);
    }
}
