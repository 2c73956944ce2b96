using BackPlan.Web.Data;
using BackPlan.Web.Platform.Background;
using BackPlan.Web.Platform.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Platform.Email;

/// <summary>
/// Sends due outbox messages of every clinic, oldest first, retrying failures with growing delays; after
/// <see cref="MaxAttempts"/> a message is marked failed (and shown to staff) rather than retried for ever.
/// Several instances send side by side: each claims its own batch with a lease (decision 0034).
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<EmailOptions> options, IOptions<LeaseOptions> leases, TimeProvider time, AppMetrics metrics, ILogger<OutboxSender> log) : BackgroundService
{
    public const int MaxAttempts = 6;

    public const string Job = "outbox-sender";

    /// <summary>Messages claimed at once; each is marked in its own statement right after its send.</summary>
    public const int BatchSize = 50;

    private readonly SemaphoreSlim _oneBatch = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodic.RunAsync(metrics, Job, options.Value.PollInterval, time, log, waitFirst: false, DrainAsync, stoppingToken);

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
    /// The outbox's depth (reported by <see cref="AppMetrics"/>): unsent messages by state, in one grouped
    /// count over the index range of the unsent (a test checks the plan). A state with none has no row.
    /// </summary>
    internal static IQueryable<OutboxDepth> Depth(BackPlanDb db, DateTime now) => db.Set<OutboxMessage>().IgnoreQueryFilters()
        .Where(m => m.SentAt == null && m.WithdrawnAt == null)
        .GroupBy(m => m.Failed ? OutboxState.Failed : m.SendAfter <= now ? OutboxState.Due : OutboxState.Scheduled)
        .Select(g => new OutboxDepth(g.Key, g.LongCount()));

    /// <summary>Sends one batch of what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct) => (await SendBatchAsync(ct)).Sent;

    /// <summary>
    /// Claims up to <paramref name="count"/> due messages of every clinic for <paramref name="owner"/>
    /// until <paramref name="now"/> + <paramref name="lease"/>, and returns them in send order. One
    /// statement, its own short transaction: due messages nobody holds (or whose holder's lease ran out:
    /// it died mid-batch) get the lease. On PostgreSQL rows another instance is claiming at that moment
    /// are skipped, not waited for; SQLite has one writer at a time, so the same update is the claim.
    /// </summary>
    internal static async Task<List<OutboxMessage>> ClaimAsync(BackPlanDb db, string owner, DateTime now, TimeSpan lease, int count, CancellationToken ct)
    {
        var ids = await db.Database.SqlQueryRaw<Guid>(ClaimSql(db is PostgresBackPlanDb), now + lease, owner, now, count).ToListAsync(ct);
        return await db.Outbox.IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.SendAfter).ToListAsync(ct);
    }

    /// <summary>
    /// The claim: {0} leased until, {1} owner, {2} now, {3} how many. The sender reads past the tenant
    /// filter: the only place that does. One index range in send order (a test checks the plan).
    /// </summary>
    internal static string ClaimSql(bool postgres) => $$"""
        UPDATE "Outbox" SET "LeasedUntil" = {0}, "LeasedBy" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM "Outbox"
            WHERE "SentAt" IS NULL AND "WithdrawnAt" IS NULL AND "SendAfter" <= {2} AND NOT "Failed"
                AND ("LeasedUntil" IS NULL OR "LeasedUntil" <= {2})
            ORDER BY "SendAfter"
            LIMIT {3}
            {{(postgres ? "FOR UPDATE SKIP LOCKED" : "")}})
        RETURNING "Id" AS "Value"
        """;

    private async Task<(int Taken, int Sent)> SendBatchAsync(CancellationToken ct)
    {
        // One batch at a time in this process; other instances claim batches of their own.
        await _oneBatch.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
            var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
            var batch = await ClaimAsync(db, ThisInstance.Id, time.GetUtcNow().UtcDateTime, leases.Value.Duration, BatchSize, ct);
            var sent = 0;
            try
            {
                foreach (var message in batch)
                {
                    sent += await SendOneAsync(db, mailer, message, ct) ? 1 : 0;
                }
            }
            finally
            {
                // What this batch did not send (a shutdown, a withdrawal) is free for the next claim at once.
                var ids = batch.Select(m => m.Id).ToList();
                await db.Outbox.IgnoreQueryFilters().Where(m => ids.Contains(m.Id) && m.LeasedBy == ThisInstance.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, (DateTime?)null).SetProperty(m => m.LeasedBy, (string?)null), CancellationToken.None);
            }

            return (batch.Count, sent);
        }
        finally
        {
            _oneBatch.Release();
        }
    }

    /// <summary>Sends one claimed message if this instance still holds it; true when sent.</summary>
    private async Task<bool> SendOneAsync(BackPlanDb db, Mailer mailer, OutboxMessage message, CancellationToken ct)
    {
        var lease = leases.Value.Duration;
        var row = db.Outbox.IgnoreQueryFilters().Where(m => m.Id == message.Id);
        // Still ours and still to send (a cancelled visit's reminder may have been withdrawn meanwhile, and
        // a batch slower than its lease may have lost the rest to another instance); the lease is renewed
        // to cover this send.
        var held = await row.Where(m => m.LeasedBy == ThisInstance.Id && m.SentAt == null && m.WithdrawnAt == null && !m.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, time.GetUtcNow().UtcDateTime + lease), ct);
        if (held == 0)
        {
            return false;
        }

        try
        {
            // The send ends while the lease still holds, so no other instance can take the message meanwhile.
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(lease / 2);
            await mailer.SendAsync(message, limit.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var error = e is OperationCanceledException ? $"No answer from the mail server within {lease / 2}." : e.Message;
            error = error.Length > 1000 ? error[..1000] : error;
            // 1, 2, 4, 8, 16 minutes between tries.
            var retryAt = time.GetUtcNow().UtcDateTime.AddMinutes(Math.Pow(2, attempts - 1));
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.Failed, attempts >= MaxAttempts)
                .SetProperty(m => m.SendAfter, retryAt)
                .SetProperty(m => m.LeasedUntil, (DateTime?)null)
                .SetProperty(m => m.LeasedBy, (string?)null), CancellationToken.None);
            log.LogWarning("Email {MessageId} ({Kind}) not sent, attempt {Attempts}: {Error}", message.Id, message.Kind, attempts, error);
            return false;
        }

        // Marked in its own statement right after the send, even when shutting down: a crash between the
        // two is the one moment a message can go out twice (decision 0034).
        await row.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, time.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeasedUntil, (DateTime?)null)
            .SetProperty(m => m.LeasedBy, (string?)null), CancellationToken.None);
        return true;
    }

    public override void Dispose()
    {
        _oneBatch.Dispose();
        base.Dispose();
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
