using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NodaTime;

namespace BackPlan.Web.Features.AfterSessions;

/// <summary>
/// Opens a <see cref="PostSessionCheck"/> for every session that ended <c>DelayHours</c> ago and
/// emails the patient a link. A session counts when it is attended, or still booked (attendance
/// may not be marked yet); cancelled and no-show visits are skipped. Idempotent: an appointment
/// that has a check is never asked about again (and a unique index backs that up). Clinic by clinic
/// (<see cref="ClinicScan"/>: with several instances, one of them at a time per clinic).
/// </summary>
public sealed class PostSessionScheduler(IServiceScopeFactory scopes, IOptions<PostSessionOptions> options, IOptions<LeaseOptions> leases, TimeProvider time, AppMetrics metrics, ILogger<PostSessionScheduler> log) : BackgroundService
{
    public const string Job = "post-session-scheduler";

    public const string EmailKind = "post-session-check";

    private readonly ClinicScan _scan = new("post-session-checks", scopes, time, leases, log);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PollInterval, time, log, waitFirst: false, ct => RunDueAsync(ct), stoppingToken);

    /// <summary>
    /// Which clinics have appointments that ended in the window: the one read across tenants (each clinic
    /// is then handled under its own filter), through the end-time index (a test checks the plan).
    /// </summary>
    internal static IQueryable<Guid> ClinicsWithWork(BackPlanDb db, DateTime until, DateTime since) => db.Appointments.IgnoreQueryFilters()
        .Where(a => (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Attended) && a.EndUtc <= until && a.EndUtc > since)
        .Select(a => a.ClinicId).Distinct();

    /// <summary>Opens the checks that are due now; returns how many.</summary>
    public Task<int> RunDueAsync(CancellationToken ct)
    {
        var (until, since) = Window();
        return _scan.RunAsync(db => ClinicsWithWork(db, until, since), (sp, clinicId) => RunForClinicAsync(sp, clinicId, ct), ct);
    }

    private (DateTime Until, DateTime Since) Window()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.AddHours(-options.Value.DelayHours);
        return (until, until.AddDays(-options.Value.LookBackDays));
    }

    private async Task<int> RunForClinicAsync(IServiceProvider sp, Guid clinicId, CancellationToken ct)
    {
        var db = sp.GetRequiredService<BackPlanDb>();
        var outbox = sp.GetRequiredService<Outbox>();
        var l = sp.GetRequiredService<IStringLocalizer<SharedResource>>();
        var baseUrl = sp.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        var (until, since) = Window();
        var now = time.GetUtcNow().UtcDateTime;

        var due = await db.Appointments.AsNoTracking()
            .Where(a => (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Attended) && a.EndUtc <= until && a.EndUtc > since)
            .Where(a => !db.Set<PostSessionCheck>().Any(c => c.AppointmentId == a.Id))
            .Join(db.Patients, a => a.PatientId, p => p.Id, (a, p) => new { Appointment = a, p.GivenName, p.Email })
            .OrderBy(x => x.Appointment.EndUtc).Take(200).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var clinic = await db.Clinics.AsNoTracking().Select(c => new { c.Name, c.TimeZoneId, c.Locale }).FirstAsync(ct);
        var culture = EmailCulture.Of(clinic.Locale);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(clinic.TimeZoneId) ?? DateTimeZone.Utc;
        foreach (var row in due)
        {
            var token = SecretToken.New();
            db.Set<PostSessionCheck>().Add(new PostSessionCheck
            {
                ClinicId = clinicId,
                PatientId = row.Appointment.PatientId,
                AppointmentId = row.Appointment.Id,
                PractitionerId = row.Appointment.PractitionerId,
                SessionStartUtc = row.Appointment.StartUtc,
                CreatedAt = now,
                ExpiresAt = now.AddDays(options.Value.LinkValidDays),
                TokenHash = SecretToken.Hash(token),
            });
            if (!string.IsNullOrWhiteSpace(row.Email))
            {
                var when = BookingEmails.LocalText(row.Appointment.StartUtc, zone, culture);
                var (subject, body) = EmailCulture.In(culture, () => (
                    l["{0}: how are you after your session?", clinic.Name].Value,
                    BookingEmails.Paragraphs(
                        l["Hello {0},", row.GivenName],
                        l["how are you after your session on {0}? Three short questions help your practitioner plan your next visit:", when],
                        $"{baseUrl}/after-session/{token}",
                        l["The link works once and for {0} days. You can also answer in the patient portal. If something worries you, call the clinic; in an emergency call the emergency number.", options.Value.LinkValidDays])));
                outbox.Enqueue(new OutboxEmail(EmailKind, row.Email, subject, body, RelatedId: row.Appointment.Id, ClinicId: clinicId));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Opened meanwhile (e.g. by an instance whose lease ran out before it finished): the unique index kept one per appointment.
            log.LogWarning(e, "Post-session checks for clinic {ClinicId} were already opened.", clinicId);
            return 0;
        }

        return due.Count;
    }

    public override void Dispose()
    {
        _scan.Dispose();
        base.Dispose();
    }
}
