using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>Spam defences of the public inquiry form (section "Inquiries"); the per-IP limit is PublicPostLimit.</summary>
public sealed class InquiryOptions
{
    public const string Section = "Inquiries";

    /// <summary>A person needs at least this long to fill in the form; bots post at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);
}
