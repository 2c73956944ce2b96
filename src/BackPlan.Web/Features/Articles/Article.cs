using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Articles;

/// <summary>
/// An education article of the clinic's public website, written in Markdown. Public when
/// <see cref="Status"/> is Published and <see cref="PublishAt"/> has come (a future instant is "scheduled").
/// </summary>
public sealed class Article : IClinicOwned, PublicSite.IShownOnPublicSite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>The address: /articles/{slug}; unique within the clinic.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>One or two sentences: the list's teaser and the page's meta description.</summary>
    public required string Summary { get; set; }

    public required string BodyMarkdown { get; set; }

    /// <summary>Tags as "|back pain|exercise|" so one LIKE finds a whole tag on every provider.</summary>
    public string Tags { get; set; } = "|";

    public ArticleStatus Status { get; set; }

    /// <summary>UTC; the article appears when this instant has come (scheduled before then).</summary>
    public DateTime? PublishAt { get; set; }

    public Guid AuthorStaffMemberId { get; set; }

    /// <summary>Alt text of the cover image; required when there is one.</summary>
    public string? CoverAlt { get; set; }

    /// <summary>Changes when the cover changes, so its URL can be cached for long.</summary>
    public string? CoverVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> TagList => ArticleTags.Parse(Tags);

    public bool IsPublicAt(DateTime now) => Status == ArticleStatus.Published && PublishAt <= now;
}

public enum ArticleStatus
{
    Draft,
    Published,
}

/// <summary>What staff see for an article: draft, scheduled (published, time not yet come) or published (key family article.*).</summary>
public static class ArticleStates
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Published = "published";

    public static readonly IReadOnlyList<string> All = [Draft, Scheduled, Published];

    public static string Of(Article article, DateTime now) =>
        article.Status == ArticleStatus.Draft ? Draft : article.IsPublicAt(now) ? Published : Scheduled;
}
