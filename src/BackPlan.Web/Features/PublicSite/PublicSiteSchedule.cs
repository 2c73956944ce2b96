using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.PublicSite;

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
