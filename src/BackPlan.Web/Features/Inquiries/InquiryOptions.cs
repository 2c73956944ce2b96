using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>Spam defences of the public inquiry form (section "Inquiries").</summary>
public sealed class InquiryOptions
{
    public const string Section = "Inquiries";

    /// <summary>A person needs at least this long to fill in the form; bots post at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Submissions allowed from one IP address per <see cref="RateLimitWindow"/>.</summary>
    [Range(1, 10_000)]
    public int RateLimitPermits { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(10);
}
