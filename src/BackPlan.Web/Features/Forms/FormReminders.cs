using BackPlan.Web.Data;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Forms;

/// <summary>
/// Emails a patient (through the outbox) once when one of their forms becomes overdue. Runs every
/// <see cref="FormReminderOptions.ReminderInterval"/>, clinic by clinic (<see cref="ClinicScan"/>: with
/// several instances, each clinic is scanned by one of them at a time, so no form is reminded twice).
/// </summary>
public sealed class FormReminders(IServiceScopeFactory scopes, IOptions<FormReminderOptions> options, IOptions<LeaseOptions> leases, TimeProvider time, AppMetrics metrics, ILogger<FormReminders> log) : BackgroundService
{
    public const string Job = "form-reminders";

    private readonly ClinicScan _scan = new("form-reminders", scopes, time, leases, log);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.ReminderInterval, time, log, waitFirst: true, ct => SendOverdueRemindersAsync(ct), stoppingToken);

    /// <summary>Brings every open episode's schedule up to date and queues one reminder per newly overdue form; returns how many.</summary>
    public Task<int> SendOverdueRemindersAsync(CancellationToken ct) =>
        _scan.RunAsync((sp, _) => RemindAsync(sp, ct), ct);

    private async Task<int> RemindAsync(IServiceProvider sp, CancellationToken ct)
    {
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
        var sender = sp.GetRequiredService<FormReminderSender>();
        var queued = 0;
        foreach (var form in overdue)
        {
            if (await sender.RemindAsync(form, patients.GetValueOrDefault(form.PatientId), clinic, "forms.overdue-reminder", ct))
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }

    public override void Dispose()
    {
        _scan.Dispose();
        base.Dispose();
    }
}
