using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Forms;

/// <summary>
/// Emails a patient (through the outbox) once when one of their forms becomes overdue. Runs every
/// <see cref="FormReminderOptions.ReminderInterval"/>; each clinic is handled in its own scope acting
/// for that clinic, so the tenant filters and the audit interceptor apply as for any request.
/// </summary>
public sealed class FormReminders(IServiceScopeFactory scopes, IOptions<FormReminderOptions> options, IOptions<EmailOptions> email, TimeProvider time, ILogger<FormReminders> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: at start-up the outbox and the database have enough to do.
            await Task.Delay(options.Value.ReminderInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await SendOverdueRemindersAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The form reminder scan failed; it will try again.");
            }
        }
    }

    /// <summary>Brings every open episode's schedule up to date and queues one reminder per newly overdue form; returns how many.</summary>
    public async Task<int> SendOverdueRemindersAsync(CancellationToken ct)
    {
        List<Guid> clinics;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The one read past the tenant filter: which clinics there are.
            clinics = await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Clinics.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(ct);
        }

        var queued = 0;
        foreach (var clinicId in clinics)
        {
            // One clinic's bad data must not stop the reminders of every other clinic.
            try
            {
                queued += await RemindAsync(clinicId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Form reminders failed for clinic {ClinicId}", clinicId);
            }
        }

        return queued;
    }

    private async Task<int> RemindAsync(Guid clinicId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var db = sp.GetRequiredService<BackPlanDb>();
        var scheduler = sp.GetRequiredService<FormScheduler>();
        foreach (var episode in await db.Episodes.Where(e => e.Status == EpisodeStatus.Assessing || e.Status == EpisodeStatus.Active).ToListAsync(ct))
        {
            await scheduler.SyncAsync(episode, ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var overdue = await db.Set<ScheduledForm>()
            .Where(f => f.Status != FormStatus.Completed && f.ReminderSentAt == null && f.DueAt < now && (f.ClosesAt == null || f.ClosesAt > now))
            .ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var patients = await db.Patients.AsNoTracking().Where(p => overdue.Select(f => f.PatientId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var clinic = await db.Clinics.AsNoTracking().Select(c => c.Name).FirstAsync(ct);
        var outbox = sp.GetRequiredService<Outbox>();
        var audit = sp.GetRequiredService<AuditLog>();
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/portal/forms";
        var queued = 0;
        foreach (var form in overdue)
        {
            // Marked even without an address, so a patient without email is not looked at again every scan.
            form.ReminderSentAt = now;
            if (patients.GetValueOrDefault(form.PatientId) is not { Email: { Length: > 0 } to } patient)
            {
                continue;
            }

            // No health details in the email: only that a form waits, and where.
            outbox.Enqueue("form-overdue", to, $"{clinic}: a form is waiting for you", $"""
                Hello {patient.GivenName},

                A form from {clinic} was due and is still waiting for your answers. It helps your
                therapist prepare your next visit.

                Fill it in here:
                {link}
                """);
            queued++;
            await audit.RecordAsync("forms.overdue-reminder", form.PatientId, form.Key, ct);
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }
}
