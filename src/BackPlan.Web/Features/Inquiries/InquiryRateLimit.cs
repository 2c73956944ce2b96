using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>
/// The rate limiting policy of the public inquiry form: <see cref="InquiryOptions.RateLimitPermits"/>
/// posts per IP address per window; showing the form is never limited. A refused post still renders
/// the page (status 429) with the visitor's input and a message, instead of an empty error page.
/// </summary>
public sealed class InquiryRateLimit(IOptions<InquiryOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "inquiries";

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
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.RateLimitPermits, Window = limits.RateLimitWindow, QueueLimit = 0 });
    }

    /// <summary>Marks the request as refused, then lets the page render it (the page saves nothing then).</summary>
    private static async ValueTask RenderPageAsync(OnRejectedContext context, CancellationToken ct)
    {
        context.HttpContext.Features.Set(new Exceeded());
        if (context.HttpContext.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(context.HttpContext);
        }
    }

    /// <summary>Present on a request the limit refused.</summary>
    public sealed class Exceeded;
}
