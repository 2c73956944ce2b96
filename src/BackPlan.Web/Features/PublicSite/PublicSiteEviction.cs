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
/// page rendered before the commit may have stored the old rows). One scoped instance per context,
/// since it carries "something public changed" from SavingChanges to SavedChanges.
/// </summary>
public sealed class PublicSiteEviction(PublicSiteSchedule site) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _changed;
    private bool _afterCommit;

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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _changed = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _changed = false;
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_afterCommit)
        {
            _afterCommit = false;
            site.EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (_afterCommit)
        {
            _afterCommit = false;
            await site.EvictAsync(CancellationToken.None);
        }
    }

    private void Collect(DbContext? context) =>
        _changed |= context is not null && context.ChangeTracker.Entries()
            .Any(e => e.Entity is IShownOnPublicSite && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private bool Saved(DbContext? context)
    {
        if (!_changed)
        {
            return false;
        }

        _changed = false;
        _afterCommit |= context?.Database.CurrentTransaction is not null;
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
