using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>The "PublicSite" configuration section.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>The clinic the public website shows; empty means the oldest clinic.</summary>
    public Guid? ClinicId { get; set; }

    /// <summary>
    /// Posts of the public forms (inquiries and comments together) one IP address may send per
    /// <see cref="PostWindow"/> (<see cref="PublicPostLimit"/>).
    /// </summary>
    [Range(1, 10_000)]
    public int PostPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PostWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A comment posted sooner after the form was shown is taken for a bot.</summary>
    public TimeSpan CommentMinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The longest a public page is served from the output cache (<see cref="PublicPageCache"/>);
    /// a saved change or a scheduled article coming due ends it sooner on this instance.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
