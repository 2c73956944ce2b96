using BackPlan.Web.Data;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Platform.Email;

/// <summary>
/// Sends due outbox messages of every clinic, oldest first, retrying failures with growing
/// delays; after <see cref="MaxAttempts"/> a message is marked failed (and shown to staff)
/// rather than retried for ever.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, AppMetrics metrics, ILogger<OutboxSender> log) : BackgroundService
{
    public const int MaxAttempts = 6;

    public const string Job = "outbox-sender";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PollInterval, time, log, waitFirst: false, DrainAsync, stoppingToken);

    /// <summary>Messages taken in one pass; one SaveChanges per message, so a crash loses no "sent".</summary>
    public const int BatchSize = 50;

    /// <summary>
    /// A backlog (an hour of bookings, a waitlist offer to many) goes out batch after batch, not one
    /// batch per poll: that was 10 emails a second at most. A batch with a failure ends the pass: the
    /// mail server is in trouble, and the next poll tries again.
    /// </summary>
    internal async Task DrainAsync(CancellationToken ct)
    {
        while (await SendBatchAsync(ct) is { Taken: BatchSize, Sent: BatchSize } && !ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// What is due, in send order. The sender works for every clinic: the only place that reads past the
    /// tenant filter. One index range (the outbox's index; a test checks the plan).
    /// </summary>
    internal static IQueryable<OutboxMessage> Due(BackPlanDb db, DateTime now) => db.Set<OutboxMessage>().IgnoreQueryFilters()
        .Where(m => m.SentAt == null && !m.Failed && m.WithdrawnAt == null && m.SendAfter <= now)
        .OrderBy(m => m.SendAfter);

    /// <summary>
    /// The outbox's depth (reported by <see cref="AppMetrics"/>): unsent messages by state, in one grouped
    /// count over the index range of the unsent (a test checks the plan). A state with none has no row.
    /// </summary>
    internal static IQueryable<OutboxDepth> Depth(BackPlanDb db, DateTime now) => db.Set<OutboxMessage>().IgnoreQueryFilters()
        .Where(m => m.SentAt == null && m.WithdrawnAt == null)
        .GroupBy(m => m.Failed ? OutboxState.Failed : m.SendAfter <= now ? OutboxState.Due : OutboxState.Scheduled)
        .Select(g => new OutboxDepth(g.Key, g.LongCount()));

    /// <summary>Sends one batch of what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct) => (await SendBatchAsync(ct)).Sent;

    private async Task<(int Taken, int Sent)> SendBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await Due(db, now).Take(BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await mailer.SendAsync(message, ct);
                message.SentAt = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                message.Failed = message.Attempts >= MaxAttempts;
                // 1, 2, 4, 8, 16 minutes between tries.
                message.SendAfter = now.AddMinutes(Math.Pow(2, message.Attempts - 1));
                log.LogWarning("Email {MessageId} ({Kind}) not sent, attempt {Attempts}: {Error}", message.Id, message.Kind, message.Attempts, message.LastError);
            }

            await db.SaveChangesAsync(ct);
        }

        return (due.Count, sent);
    }
}

/// <summary>Where an unsent message stands: due (the sender's backlog), scheduled for later (e.g. a reminder), or failed (given up).</summary>
public enum OutboxState
{
    Due,
    Scheduled,
    Failed,
}

/// <summary>How many unsent messages are in one state.</summary>
public sealed record OutboxDepth(OutboxState State, long Count);
