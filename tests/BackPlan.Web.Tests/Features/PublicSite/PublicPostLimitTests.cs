using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Tests.Features.Articles;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.PublicSite;

/// <summary>One per-IP limit for every public form (<see cref="PublicPostLimit"/>): comments and inquiries count together.</summary>
public partial class PublicPostLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Comment_MoreThanTheLimitFromOneAddress_Refused429WithMessageAndTextKept()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Limited " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = ClientIpFromHeader.NewClient(app, "10.20.0.1");
        for (var i = 0; i < RateLimitedApp.Permits; i++)
        {
            await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, $"Reader {i}", $"r{i}@example.com", $"Comment {i}");
        }

        var refused = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Three", "three@example.com", "One too many", status: HttpStatusCode.TooManyRequests);

        Assert.Contains(PublicPostLimit.Message, refused, StringComparison.Ordinal);
        Assert.Contains("One too many</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"three@example.com\"", refused, StringComparison.Ordinal);
        Assert.Equal(RateLimitedApp.Permits, (await ArticleSteps.CommentsAsync(app, article.Id)).Count);
        // Another address is not affected.
        using var other = ClientIpFromHeader.NewClient(app, "10.20.0.2");
        await ArticleSteps.PostCommentAsync(app, other, article.Slug, "Other", "other@example.com", "From elsewhere");
        Assert.Equal(RateLimitedApp.Permits + 1, (await ArticleSteps.CommentsAsync(app, article.Id)).Count);
    }

    [Fact]
    public async Task CommentsAndInquiries_FromOneAddress_ShareOneLimit_BothRefusedWithMessageAndInputKept()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Shared " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = ClientIpFromHeader.NewClient(app, "10.30.0.1");
        await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Ewa", "ewa@example.com", "A first question");
        var first = Tag();
        Assert.Equal(HttpStatusCode.OK, (await SendInquiryAsync(visitor, first)).StatusCode);
        Assert.True(await StoredAsync(first));

        var tag = Tag();
        var inquiry = await SendInquiryAsync(visitor, tag);
        var inquiryPage = WebUtility.HtmlDecode(await inquiry.Content.ReadAsStringAsync(Ct));
        var comment = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Ewa", "ewa@example.com", "A second question", status: HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, inquiry.StatusCode);
        Assert.Matches($"id=\"form-error\"[^>]*>\\s*{Regex.Escape(PublicPostLimit.Message)}\\s*</div>", inquiryPage);
        Assert.Contains($"value=\"Anna {tag}\"", inquiryPage, StringComparison.Ordinal);
        Assert.Contains("Stiff lower back after lifting.</textarea>", inquiryPage, StringComparison.Ordinal);
        Assert.False(await StoredAsync(tag));
        Assert.Contains(PublicPostLimit.Message, comment, StringComparison.Ordinal);
        Assert.Contains("A second question</textarea>", comment, StringComparison.Ordinal);
        Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id));
    }

    [Fact]
    public void Message_HasAPolishTranslation() =>
        Assert.Equal(
            "Wysłano kilka wiadomości w krótkim czasie. Odczekaj kilka minut i spróbuj ponownie.",
            new System.Resources.ResourceManager("BackPlan.Web.Resources.SharedResource", typeof(PublicPostLimit).Assembly).GetString(PublicPostLimit.Message, new System.Globalization.CultureInfo("pl")));

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Opens /contact, lets a person's typing time pass, then sends a good inquiry tagged <paramref name="tag"/>.</summary>
    private async Task<HttpResponseMessage> SendInquiryAsync(HttpClient visitor, string tag)
    {
        var page = await visitor.GetStringAsync("/contact", Ct);
        app.Time.Advance(TimeSpan.FromSeconds(5));
        return await visitor.PostAsync("/contact", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inquiry",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["Input.Started"] = WebUtility.HtmlDecode(Started().Match(page).Groups[1].Value),
            ["Input.Name"] = $"Anna {tag}",
            ["Input.Email"] = $"{tag}@example.com",
            ["Input.Description"] = "Stiff lower back after lifting.",
            ["Input.Duration"] = "Acute",
            ["Input.ConsentToContact"] = "true",
            ["Input.Website"] = "",
        }), Ct);
    }

    private Task<bool> StoredAsync(string tag) =>
        app.Clinic.QueryAsync(db => db.Set<Inquiry>().AnyAsync(i => i.Email == $"{tag}@example.com", Ct));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Input.Started\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Started();
}
