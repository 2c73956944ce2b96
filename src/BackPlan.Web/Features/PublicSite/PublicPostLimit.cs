using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// The one place that decides "too many posts from this address" for every public form (inquiry,
/// comment): <see cref="PublicSiteOptions.PostPermitLimit"/> posts per IP address per
/// <see cref="PublicSiteOptions.PostWindow"/>, counted together across the forms; showing a page is
/// never limited. A refused post still renders its page (status 429), so the page can keep the
/// visitor's input and show <see cref="Message"/> instead of an empty error page.
/// </summary>
public sealed class PublicPostLimit(IOptions<PublicSiteOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name, for <c>[EnableRateLimiting(PublicPostLimit.Name)]</c> on a public page.</summary>
    public const string Name = "public-posts";

    /// <summary>What a refused visitor reads (English; pages translate it).</summary>
    public const string Message = "You have sent several messages in a short time. Please wait a few minutes and try again.";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RenderPageAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("show");
        }

        var limits = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PostPermitLimit, Window = limits.PostWindow, QueueLimit = 0 });
    }

    /// <summary>True when the limit refused this request: the page then saves nothing and says why.</summary>
    public static bool Refused(HttpContext? context) => context?.Features.Get<Exceeded>() is not null;

    /// <summary>Marks the request as refused, then lets the page render it.</summary>
    private static async ValueTask RenderPageAsync(OnRejectedContext context, CancellationToken ct)
    {
        context.HttpContext.Features.Set(new Exceeded());
        if (context.HttpContext.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(context.HttpContext);
        }
    }

    private sealed class Exceeded;
}
