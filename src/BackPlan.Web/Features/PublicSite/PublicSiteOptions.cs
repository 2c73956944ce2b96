using System.ComponentModel.DataAnnotations;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>The "PublicSite" configuration section.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>The clinic the public website shows; empty means the oldest clinic.</summary>
    public Guid? ClinicId { get; set; }

    /// <summary>Comments one IP address may post per <see cref="CommentWindow"/>.</summary>
    [Range(1, 10_000)]
    public int CommentPermitLimit { get; set; } = 5;

    public TimeSpan CommentWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A comment posted sooner after the form was shown is taken for a bot.</summary>
    public TimeSpan CommentMinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);
}
