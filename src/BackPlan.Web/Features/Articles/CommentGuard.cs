using BackPlan.Web.Features.PublicSite;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// The comment form's fill-time defence: the signed "form shown at" time of <see cref="FormTimer"/>,
/// refusing posts faster than a person types. (The per-IP limit is <see cref="PublicPostLimit"/>.)
/// </summary>
public sealed class CommentGuard(FormTimer timer, IOptions<PublicSiteOptions> options)
{
    /// <summary>The hidden field's value: now, signed so a bot cannot backdate it.</summary>
    public string Stamp() => timer.Issue();

    /// <summary>True when the stamp is ours and at least the minimum fill time old.</summary>
    public bool FilledSlowlyEnough(string? stamp) => timer.Check(stamp, options.Value.CommentMinimumFillTime) is null;
}
