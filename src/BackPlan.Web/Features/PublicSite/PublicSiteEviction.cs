using System.Data.Common;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// Empties the public page cache after every saved change to an <see cref="IShownOnPublicSite"/>
/// entity, whichever page or service saved it; inside a transaction, once more when it commits (a
/// page rendered before the commit may have stored the old rows). One instance serves every
/// (pooled) context; "something public changed" goes from SavingChanges to SavedChanges on the
/// context (<see cref="Pending"/>).
/// </summary>
public sealed class PublicSiteEviction(PublicSiteSchedule site) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>One context's pending evictions.</summary>
    internal sealed class Pending
    {
        public bool Changed { get; set; }

        public bool AfterCommit { get; set; }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context))
        {
            site.EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context))
        {
            await site.EvictAsync(CancellationToken.None);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (PendingOf(eventData.Context) is { AfterCommit: true } pending)
        {
            pending.AfterCommit = false;
            site.EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (PendingOf(eventData.Context) is { AfterCommit: true } pending)
        {
            pending.AfterCommit = false;
            await site.EvictAsync(CancellationToken.None);
        }
    }

    private static Pending? PendingOf(DbContext? context) => (context as BackPlanDb)?.SaveState<Pending>();

    private static void Forget(DbContext? context)
    {
        if (PendingOf(context) is { } pending)
        {
            pending.Changed = false;
        }
    }

    private static void Collect(DbContext? context)
    {
        if (PendingOf(context) is { } pending && context!.ChangeTracker.Entries()
            .Any(e => e.Entity is IShownOnPublicSite && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            pending.Changed = true;
        }
    }

    private static bool Saved(DbContext? context)
    {
        if (PendingOf(context) is not { Changed: true } pending)
        {
            return false;
        }

        pending.Changed = false;
        pending.AfterCommit |= context!.Database.CurrentTransaction is not null;
        return true;
    }
}

/// <summary>
/// Evicts the public pages (tag <see cref="PublicPageCache.Tag"/>), and makes a scheduled article
/// appear on time: it remembers the next future publish instant of any published article (looked up
/// again after each eviction) and evicts when the clock reaches it, checked on each cacheable request.
/// </summary>
public sealed class PublicSiteSchedule(IOutputCacheStore store, IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly Lock _lock = new();
    private long _version;
    private bool _known;
    private DateTime? _next;

    /// <summary>Empties the public cache on this instance.</summary>
    public async ValueTask EvictAsync(CancellationToken ct)
    {
        lock (_lock)
        {
            _version++;
            _known = false;
        }

        await store.EvictByTagAsync(PublicPageCache.Tag, ct);
    }

    /// <summary>Evicts when a scheduled article has come due since the pages were stored.</summary>
    public async ValueTask EvictWhenDueAsync(CancellationToken ct)
    {
        if (await NextPublishAsync(ct) is { } due && time.GetUtcNow().UtcDateTime >= due)
        {
            await EvictAsync(ct);
        }
    }

    private async ValueTask<DateTime?> NextPublishAsync(CancellationToken ct)
    {
        long version;
        lock (_lock)
        {
            if (_known)
            {
                return _next;
            }

            version = _version;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var now = time.GetUtcNow().UtcDateTime;
        // Every clinic's: visitors are anonymous, and an early eviction costs one render.
        var next = await db.Articles.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishAt > now)
            .MinAsync(a => a.PublishAt, ct);
        lock (_lock)
        {
            if (_version == version)
            {
                _next = next;
                _known = true;
            }
        }

        return next;
    }
}
