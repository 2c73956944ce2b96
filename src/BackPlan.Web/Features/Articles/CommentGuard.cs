using System.Threading.RateLimiting;
using BackPlan.Web.Features.PublicSite;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// Spam defences of the comment form beyond validation: the signed "form shown at" time of
/// <see cref="FormTimer"/> (reject posts faster than a person types) and a fixed-window limit per
/// client IP, kept in memory. One instance for the app (the limiter's windows must outlive a request).
/// </summary>
public sealed class CommentGuard : IDisposable
{
    private readonly FormTimer _timer;
    private readonly PublicSiteOptions _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    public CommentGuard(FormTimer timer, IOptions<PublicSiteOptions> options)
    {
        _timer = timer;
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.CommentPermitLimit,
            Window = _options.CommentWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>The hidden field's value: now, signed so a bot cannot backdate it.</summary>
    public string Stamp() => _timer.Issue();

    /// <summary>True when the stamp is ours and at least the minimum fill time old.</summary>
    public bool FilledSlowlyEnough(string? stamp) => _timer.Check(stamp, _options.CommentMinimumFillTime) is null;

    /// <summary>Takes one permit for this IP; false when its window is used up.</summary>
    public bool TryTake(string? clientIp)
    {
        using var lease = _limiter.AttemptAcquire(clientIp ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
