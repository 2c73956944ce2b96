using System.Net.Http.Json;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Features.Portal;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Tests.Features.Reminders;

public sealed class BookingEmailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Book_PatientWithEmail_SendsConfirmationWhoseIcsParsesBack()
    {
        var (booking, patient, client) = await ArrangeAsync();
        var start = BookingClinic.LocalStart(4, 10);

        var appointment = await booking.BookAsync(client, "treatment-45", start, patient.Id);
        await SendAsync();

        var mail = Assert.Single(MailTo(patient.Email!));
        Assert.Contains("10:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Europe/Warsaw", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("treatment", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        var calendar = Ics(mail, out var contentType);
        Assert.Equal("REQUEST", contentType.Parameters["method"]);
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(appointment.Id.ToString(), e.Uid);
        Assert.Equal(Instant(start).ToDateTimeUtc(), e.DtStart!.AsUtc);
        Assert.Equal(Instant(start).ToDateTimeUtc().AddMinutes(45), e.DtEnd!.AsUtc);
    }

    [Fact]
    public async Task Book_AfterSpringDstChange_RemindersDueExactlyOffsetBeforeStartAndSayLocalTime()
    {
        var (booking, patient, client) = await ArrangeAsync();
        // Monday after the last Sunday of March 2027: 10:00 in Warsaw is 08:00 UTC (CEST); two days
        // before, the clocks still showed CET, so the 48-hour reminder is due at 09:00 local time.
        var appointment = await booking.BookAsync(client, "treatment-30", "2027-03-29T10:00:00+02:00", patient.Id);

        var reminders = await booking.QueryAsync(db => db.Outbox
            .Where(m => m.RelatedId == appointment.Id && m.Kind == BookingEmails.Reminder).OrderBy(m => m.SendAfter).ToListAsync(Ct));

        var startUtc = new DateTime(2027, 3, 29, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal([startUtc.AddHours(-48), startUtc.AddHours(-2)], reminders.Select(r => r.SendAfter));
        Assert.Equal(new LocalDateTime(2027, 3, 27, 9, 0), NodaTime.Instant.FromDateTimeUtc(reminders[0].SendAfter).InZone(BookingClinic.Warsaw).LocalDateTime);
        Assert.All(reminders, r => Assert.Contains("10:00", r.TextBody, StringComparison.Ordinal));
        Assert.All(reminders, r => Assert.Contains("BEGIN:VCALENDAR", r.AttachmentContent, StringComparison.Ordinal));
        Assert.Equal(1, await SendAsync(onlyTo: patient.Email!)); // the confirmation now; the reminders wait
    }

    [Fact]
    public async Task Book_SoonerThanAnOffset_SkipsThatReminder()
    {
        var (booking, patient, client) = await ArrangeAsync();
        var soon = NextQuarterHour(TimeSpan.FromHours(5));

        var appointment = await booking.BookAsync(client, "treatment-30", soon, patient.Id);

        var reminders = await booking.QueryAsync(db => db.Outbox.Where(m => m.RelatedId == appointment.Id && m.Kind == BookingEmails.Reminder).ToListAsync(Ct));
        var only = Assert.Single(reminders);
        Assert.Equal(Instant(soon).ToDateTimeUtc().AddHours(-2), only.SendAfter);
    }

    [Fact]
    public async Task Cancel_WithdrawsPendingReminders_AndSendsCancellationIcs()
    {
        var (booking, patient, client) = await ArrangeAsync();
        var appointment = await booking.BookAsync(client, "treatment-30", BookingClinic.LocalStart(6, 9), patient.Id);
        await SendAsync();

        var cancelled = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Patient is travelling" }, Ct);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync(Ct));
        await SendAsync();

        var messages = await booking.QueryAsync(db => db.Outbox.Where(m => m.RelatedId == appointment.Id).ToListAsync(Ct));
        var reminders = messages.Where(m => m.Kind == BookingEmails.Reminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.NotNull(r.WithdrawnAt));
        Assert.All(reminders, r => Assert.Null(r.SentAt));
        var mail = Assert.Single(MailTo(patient.Email!), m => Ics(m, out _).Method == "CANCEL");
        var calendar = Ics(mail, out var contentType);
        Assert.Equal("CANCEL", contentType.Parameters["method"]);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(appointment.Id.ToString(), e.Uid);
        Assert.Equal("CANCELLED", e.Status);
        Assert.True(e.Sequence > 0);
        Assert.Equal(2, MailTo(patient.Email!).Count); // the confirmation and the cancellation, no reminder
    }

    [Fact]
    public async Task Reschedule_SendsMovedIcsWithTheSameUidAndAHigherSequence_AndRemindersFollowTheNewTime()
    {
        var (booking, patient, client) = await ArrangeAsync();
        var appointment = await booking.BookAsync(client, "treatment-30", BookingClinic.LocalStart(6, 9), patient.Id);
        await SendAsync();
        var original = Ics(Assert.Single(MailTo(patient.Email!)), out _).Events.Single();
        var newStart = BookingClinic.LocalStart(9, 14, 30);

        var moved = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/reschedule", new { start = newStart }, Ct);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync(Ct));
        await SendAsync();

        var mail = Assert.Single(MailTo(patient.Email!), m => Ics(m, out _).Events.Single().Sequence > 0);
        Assert.Contains("14:30", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("09:00", mail.TextBody, StringComparison.Ordinal); // the old time, for reference
        var calendar = Ics(mail, out var contentType);
        Assert.Equal("REQUEST", contentType.Parameters["method"]);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(original.Uid, e.Uid);
        Assert.True(e.Sequence > original.Sequence);
        Assert.Equal(Instant(newStart).ToDateTimeUtc(), e.DtStart!.AsUtc);
        var reminders = await booking.QueryAsync(db => db.Outbox.Where(m => m.RelatedId == appointment.Id && m.Kind == BookingEmails.Reminder).ToListAsync(Ct));
        var newStartUtc = Instant(newStart).ToDateTimeUtc();
        Assert.Equal(2, reminders.Count(r => r.WithdrawnAt is not null && r.SendAfter < newStartUtc.AddHours(-70)));
        Assert.Equal(
            [newStartUtc.AddHours(-48), newStartUtc.AddHours(-2)],
            reminders.Where(r => r.WithdrawnAt is null).Select(r => r.SendAfter).Order());

        var cancelled = await client.PostAsJsonAsync($"/api/v1/appointments/{appointment.Id}/cancel", new { reason = "Travelling" }, Ct);
        Assert.True(cancelled.IsSuccessStatusCode);
        await SendAsync();
        var cancellation = Ics(Assert.Single(MailTo(patient.Email!), m => Ics(m, out _).Method == "CANCEL"), out _).Events.Single();
        Assert.True(cancellation.Sequence > e.Sequence);
    }

    [Fact]
    public async Task Outbox_SmtpRefusesThenRecovers_DeliversEachMessageOnce()
    {
        var (booking, patient, client) = await ArrangeAsync();
        var sender = app.Services.GetRequiredService<OutboxSender>();
        app.Smtp.Refusing = true;
        Guid appointmentId;
        try
        {
            appointmentId = (await booking.BookAsync(client, "treatment-30", BookingClinic.LocalStart(8, 11), patient.Id)).Id;
            await sender.SendDueAsync(Ct);
            var refused = await booking.QueryAsync(db => db.Outbox.SingleAsync(m => m.RelatedId == appointmentId && m.Kind == BookingEmails.Confirmation, Ct));
            Assert.Null(refused.SentAt);
            Assert.Equal(1, refused.Attempts);
            Assert.Contains("try again", refused.LastError, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(MailTo(patient.Email!));
        }
        finally
        {
            app.Smtp.Refusing = false;
        }

        // The back-off delay passes.
        await booking.QueryAsync(db => db.Outbox.Where(m => m.RelatedId == appointmentId && m.SentAt == null && m.Kind == BookingEmails.Confirmation)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SendAfter, DateTime.UtcNow.AddSeconds(-1)), Ct));
        await sender.SendDueAsync(Ct);
        await sender.SendDueAsync(Ct);

        var delivered = await booking.QueryAsync(db => db.Outbox.SingleAsync(m => m.RelatedId == appointmentId && m.Kind == BookingEmails.Confirmation, Ct));
        Assert.NotNull(delivered.SentAt);
        Assert.Single(MailTo(patient.Email!));
    }

    private async Task<(BookingClinic Booking, BackPlan.Web.Features.Patients.PatientDto Patient, HttpClient Client)> ArrangeAsync()
    {
        var booking = await BookingClinic.CreateAsync(app);
        var patient = await booking.Clinic.RegisterPatientAsync("Ewa", "Mail" + booking.Clinic.Tag);
        var client = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail);
        return (booking, patient, client);
    }

    private async Task<int> SendAsync(string? onlyTo = null)
    {
        var before = onlyTo is null ? 0 : MailTo(onlyTo).Count;
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct);
        return onlyTo is null ? 0 : MailTo(onlyTo).Count - before;
    }

    private List<MimeMessage> MailTo(string address) =>
        app.Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase))).ToList();

    private static Calendar Ics(MimeMessage mail, out ContentType contentType)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(a => a.FileName == "appointment.ics");
        contentType = part.ContentType;
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
    }

    private static Instant Instant(string start) => OffsetDateTimePattern.ExtendedIso.Parse(start).Value.ToInstant();

    /// <summary>
    /// A Warsaw time on the 15-minute grid at least <paramref name="ahead"/> from now where a 30-minute
    /// visit fits the test clinic's hours (00:00–12:00, 13:00–23:45): at most 75 minutes later than the
    /// next quarter hour, so the test does not depend on the time of day it runs at.
    /// </summary>
    private static string NextQuarterHour(TimeSpan ahead)
    {
        var target = SystemClock.Instance.GetCurrentInstant().Plus(Duration.FromTimeSpan(ahead));
        var ticks = Duration.FromMinutes(15).BclCompatibleTicks;
        var rounded = NodaTime.Instant.FromUnixTimeTicks((target.ToUnixTimeTicks() / ticks + 1) * ticks).InZone(BookingClinic.Warsaw);
        var local = rounded.LocalDateTime;
        var start = local.TimeOfDay switch
        {
            var t when t > new LocalTime(11, 30) && t < new LocalTime(13, 0) => local.Date + new LocalTime(13, 0),
            var t when t > new LocalTime(23, 15) => local.Date.PlusDays(1) + LocalTime.Midnight,
            _ => local,
        };
        return OffsetDateTimePattern.ExtendedIso.Format(BookingClinic.Warsaw.AtLeniently(start).ToOffsetDateTime());
    }
}
