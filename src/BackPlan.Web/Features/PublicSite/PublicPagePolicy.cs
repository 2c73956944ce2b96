using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The output cache policy of the public pages: anonymous GET/HEAD only; stored when answered 200
/// without a cookie; one entry per URL (path and whole query), language and kind of navigation
/// (Blazor's enhanced navigation or a full load); tagged <see cref="PublicPageCache.Tag"/>; kept at
/// most <see cref="PublicSiteOptions.CacheDuration"/>, and dropped when a scheduled article comes due.
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = PublicPageCache.IsAnonymousRead(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        context.Tags.Add(PublicPageCache.Tag);
        context.ResponseExpirationTimeSpan = http.RequestServices.GetRequiredService<IOptions<PublicSiteOptions>>().Value.CacheDuration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = PublicPageCache.Culture(http);
        context.CacheVaryByRules.VaryByValues["nav"] = http.Request.Headers.Accept.ToString().Contains("blazor-enhanced-nav", StringComparison.Ordinal) ? "enhanced" : "full";
        await http.RequestServices.GetRequiredService<PublicSiteSchedule>().EvictWhenDueAsync(cancellationToken);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // A cookie is personal; a 404 or an error page must not outlive the fix (a new article, a restart).
        if (!Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
