using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Features.PublicSite;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Articles;

/// <summary>Steps the article and comment tests share: articles straight into the database, comment posts.</summary>
public static partial class ArticleSteps
{
    public static Task<Article> AddArticleAsync(PublicSiteApp app, string title, string tags = "", ArticleStatus status = ArticleStatus.Published, DateTime? publishAt = null, string body = "Some **text** about backs.") =>
        app.Clinic.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BackPlanDb>();
            var author = await db.Staff.Where(s => s.Role == Roles.Practitioner).Select(s => s.Id).FirstAsync();
            var now = app.Time.GetUtcNow().UtcDateTime;
            var article = new Article
            {
                Slug = ArticleInput.MakeSlug(title),
                Title = title,
                Summary = $"About {title}.",
                BodyMarkdown = body,
                Tags = ArticleTags.FromInput(tags),
                Status = status,
                PublishAt = status == ArticleStatus.Draft ? null : publishAt ?? now.AddMinutes(-1),
                AuthorStaffMemberId = author,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });

    /// <summary>Opens the article, waits <paramref name="wait"/> on the test clock, then posts the comment form, expecting <paramref name="status"/> (200 when null).</summary>
    public static async Task<string> PostCommentAsync(PublicSiteApp app, HttpClient visitor, string slug, string name, string email, string text, string? honeypot = null, TimeSpan? wait = null, HttpStatusCode? status = null)
    {
        var page = await visitor.GetStringAsync(FormPath(slug));
        var started = StartedPattern().Match(page);
        Assert.True(started.Success, "no signed start time on the comment form");
        app.Time.Advance(wait ?? TimeSpan.FromSeconds(5));
        var response = await Browserless.PostFormAsync(visitor, FormPath(slug), "comment", new()
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Input.Text"] = text,
            ["Input.Website"] = honeypot ?? "",
            ["Input.Started"] = WebUtility.HtmlDecode(started.Groups[1].Value),
        });
        Assert.Equal(status ?? HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The article with its comment form (the "Write a comment" link without its fragment).</summary>
    public static string FormPath(string slug) => ArticlePage.CommentPath(slug).Split('#')[0];

    public static Task<List<ArticleComment>> CommentsAsync(PublicSiteApp app, Guid articleId) =>
        app.Clinic.QueryAsync(db => db.ArticleComments.AsNoTracking().Where(c => c.ArticleId == articleId).ToListAsync());

    [GeneratedRegex("name=\"Input.Started\" value=\"([^\"]+)\"")]
    private static partial Regex StartedPattern();
}
