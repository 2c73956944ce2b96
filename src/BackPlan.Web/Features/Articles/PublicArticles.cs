using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Articles;

/// <summary>The articles visitors may see: published and due, newest first.</summary>
public static class PublicArticles
{
    public const int PageSize = 10;

    public static IQueryable<Article> Query(BackPlanDb db, DateTime now, string? tag = null)
    {
        var query = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishAt <= now);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var pattern = ArticleTags.Pattern(tag);
            query = query.Where(a => EF.Functions.Like(a.Tags, pattern));
        }

        return query.OrderByDescending(a => a.PublishAt).ThenBy(a => a.Id);
    }

    /// <summary>Author names by staff id, for the articles shown.</summary>
    public static async Task<Dictionary<Guid, string>> AuthorsAsync(BackPlanDb db, IEnumerable<Guid> ids)
    {
        var list = ids.Distinct().ToList();
        return await db.Staff.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName);
    }
}
