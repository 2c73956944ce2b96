using System.Threading.Channels;
using BackPlan.Web.Data;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Group commit for read audits (docs/performance.md, "The audit write"): the entries of requests
/// that arrive together go to the database in one transaction, one fsync for many reads instead of
/// one each. A request's <see cref="WriteAsync"/> completes only once its entry is committed, and
/// the caller starts its response only then, so an answered read always has its durable audit row,
/// even if the process is killed the next instant.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    // Enough to empty the queue of a busy instance in one commit; small enough for one INSERT batch.
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditWriter> _log;
    private readonly Task _loop;

    public AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> log)
    {
        _scopes = scopes;
        _log = log;
        // Created inside a request: without this the loop would carry that request's HttpContext for ever.
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes when <paramref name="entry"/> is committed; faults when it could not be.</summary>
    public Task WriteAsync(AuditEntry entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Committed.Task
            : Task.FromException(new InvalidOperationException("The audit writer has stopped: the application is shutting down."));
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await SaveAsync(batch);
                batch.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                // The waiting requests fail (no data leaves without its audit row); the loop goes on.
                _log.LogError(e, "Writing {Count} read audit entries failed.", batch.Count);
                batch.ForEach(p => p.Committed.TrySetException(e));
            }

            batch.Clear();
        }
    }

    private async Task SaveAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        db.AuditEntries.AddRange(batch.Select(p => p.Entry));
        await db.SaveChangesAsync();
    }

    /// <summary>Writes what is queued, then stops (host shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Committed);
}
