using System.Globalization;
using System.Threading.RateLimiting;
using BackPlan.Web.Features.PublicSite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// Spam defences of the comment form beyond validation: a signed "form shown at" time (reject
/// posts faster than a person types) and a fixed-window limit per client IP, kept in memory.
/// One instance for the app (the limiter's windows must outlive a request).
/// </summary>
public sealed class CommentGuard : IDisposable
{
    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly PublicSiteOptions _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    public CommentGuard(IDataProtectionProvider protection, TimeProvider time, IOptions<PublicSiteOptions> options)
    {
        _protector = protection.CreateProtector("BackPlan.Articles.CommentStarted");
        _time = time;
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.CommentPermitLimit,
            Window = _options.CommentWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>The hidden field's value: now, signed so a bot cannot backdate it.</summary>
    public string Stamp() => _protector.Protect(_time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the stamp is ours and at least the minimum fill time old.</summary>
    public bool FilledSlowlyEnough(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        try
        {
            var ticks = long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture);
            var elapsed = _time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
            return elapsed >= _options.CommentMinimumFillTime;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>Takes one permit for this IP; false when its window is used up.</summary>
    public bool TryTake(string? clientIp)
    {
        using var lease = _limiter.AttemptAcquire(clientIp ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
