using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Tests.Features.Articles;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.PublicSite;

/// <summary>The public pages from the output cache (<see cref="PublicPageCache"/>, decision 0023).</summary>
public partial class PublicPageCacheTests(PublicCacheApp app) : IClassFixture<PublicCacheApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecondAnonymousRequest_IsServedFromTheCache_WithoutTheDatabase()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Cached " + Guid.NewGuid().ToString("N")[..8], tags: "Cache");
        using var visitor = Browserless.NewClient(app);

        foreach (var path in new[] { "/", "/articles", "/articles?tag=cache&page=1", $"/articles/{article.Slug}", "/contact", "/self-check", "/sitemap.xml" })
        {
            var first = await app.GetCountedAsync(visitor, path);
            var second = await app.GetCountedAsync(visitor, path);

            Assert.Equal(HttpStatusCode.OK, second.Response.StatusCode);
            Assert.True(first.Commands > 0, $"{path}: the first request did not read the database");
            Assert.True(second.Commands == 0, $"{path}: the second request ran {second.Commands} commands");
            Assert.Equal(WithoutFormValues(first.Body), WithoutFormValues(second.Body));
            Assert.DoesNotContain("backplan-per-visitor", second.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignedIn_CookieOrBearer_AlwaysGetsAFreshRender_AndNeverFillsTheCache()
    {
        using var anonymous = Browserless.NewClient(app);
        await app.GetCountedAsync(anonymous, "/articles");
        using var staff = await Browserless.SignedInAsync(app, app.Clinic.FrontDeskEmail);
        using var bearer = await app.Clinic.ClientAsAsync(app.Clinic.PractitionerEmail);

        foreach (var client in new[] { staff, bearer })
        {
            for (var i = 0; i < 2; i++)
            {
                var page = await app.GetCountedAsync(client, "/articles");
                Assert.True(page.Commands > 0, "a signed-in request was answered from the cache");
                Assert.DoesNotContain(">Sign in</a>", page.Body, StringComparison.Ordinal);
            }
        }

        var again = await app.GetCountedAsync(anonymous, "/articles");
        Assert.Equal(0, again.Commands);
        Assert.Contains(">Sign in</a>", again.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/workspace", again.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishAndPolishVisitors_NeverGetEachOthersCachedPage()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        // Each way of choosing a language, alternating so that every page was cached in the other language just before.
        var requests = new (string Language, Action<HttpRequestMessage> Choose, string Path)[]
        {
            ("en", _ => { }, "/"),
            ("pl", r => r.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dpl%7Cuic%3Dpl"), "/"),
            ("pl", r => r.Headers.AcceptLanguage.ParseAdd("pl-PL,pl;q=0.9"), "/"),
            ("en", r => r.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den"), "/"),
            ("pl", _ => { }, "/?culture=pl"),
            ("en", r => r.Headers.AcceptLanguage.ParseAdd("pl"), "/?culture=en"),
            ("en", _ => { }, "/contact"),
            ("pl", r => r.Headers.AcceptLanguage.ParseAdd("pl"), "/contact"),
            ("en", _ => { }, "/contact"),
        };
        foreach (var (language, choose, path) in requests)
        {
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                choose(request);
                var page = await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
                Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ArticleList_CachedPerPageAndTag()
    {
        var tag = "paging" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < PublicArticles.PageSize + 1; i++)
        {
            await ArticleSteps.AddArticleAsync(app, $"Paged {tag} {i:00}", tags: tag, publishAt: app.Time.GetUtcNow().UtcDateTime.AddMinutes(-100 + i));
        }

        using var visitor = Browserless.NewClient(app);
        var first = await visitor.GetStringAsync($"/articles?tag={tag}", Ct);
        var second = await visitor.GetStringAsync($"/articles?tag={tag}&page=2", Ct);

        Assert.Contains($"Paged {tag} 10", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"Paged {tag} 00", first, StringComparison.Ordinal);
        Assert.Contains($"Paged {tag} 00", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"Paged {tag} 10", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"Paged {tag}", await visitor.GetStringAsync("/articles?tag=nothing-" + tag, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAndUnpublishingAnArticle_Evicts()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Before " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        await WarmAsync(visitor, "/", "/articles", $"/articles/{article.Slug}");
        using var editor = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);
        var renamed = "After " + Guid.NewGuid().ToString("N")[..8];

        var saved = await SaveArticleAsync(editor, article, renamed, "publish");

        Assert.Contains("Saved.", saved, StringComparison.Ordinal);
        Assert.Contains($"<h1>{renamed}</h1>", await visitor.GetStringAsync($"/articles/{article.Slug}", Ct), StringComparison.Ordinal);
        Assert.Contains(renamed, await visitor.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
        Assert.Contains(renamed, await visitor.GetStringAsync("/", Ct), StringComparison.Ordinal);

        await SaveArticleAsync(editor, article, renamed, "draft");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{article.Slug}", Ct)).StatusCode);
        Assert.DoesNotContain(renamed, await visitor.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingANewArticle_Evicts_AndAnUnknownAddressIsNotCachedAsNotFound()
    {
        var title = "Fresh " + Guid.NewGuid().ToString("N")[..8];
        var slug = ArticleInput.MakeSlug(title);
        using var visitor = Browserless.NewClient(app);
        await WarmAsync(visitor, "/articles", "/sitemap.xml");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{slug}", Ct)).StatusCode);
        using var editor = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);

        var saved = await Browserless.PostFormAsync(editor, "/staff-articles/new", "article", ArticleFields(title, "publish"));

        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", await visitor.GetStringAsync($"/articles/{slug}", Ct), StringComparison.Ordinal);
        Assert.Contains(title, await visitor.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
        Assert.Contains($"/articles/{slug}", await visitor.GetStringAsync("/sitemap.xml", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledArticle_AppearsOnCachedPagesWhenItsTimeComes()
    {
        var title = "Due " + Guid.NewGuid().ToString("N")[..8];
        var article = await ArticleSteps.AddArticleAsync(app, title, publishAt: app.Time.GetUtcNow().UtcDateTime.AddMinutes(30));
        using var visitor = Browserless.NewClient(app);
        await WarmAsync(visitor, "/", "/articles");
        Assert.DoesNotContain(title, (await app.GetCountedAsync(visitor, "/articles")).Body, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Contains(title, await visitor.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
        Assert.Contains(title, await visitor.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/articles/{article.Slug}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ApprovingAComment_Evicts()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Approved " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        var text = "Is swimming good? " + Guid.NewGuid().ToString("N")[..6];
        await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "Ewa", "ewa@example.com", text);
        await WarmAsync(visitor, $"/articles/{article.Slug}");
        var comment = Assert.Single(await ArticleSteps.CommentsAsync(app, article.Id));
        using var staff = await Browserless.SignedInAsync(app, app.Clinic.FrontDeskEmail);

        await Browserless.PostFormAsync(staff, ArticleComments.ModerationPath, "moderate", new() { ["decision"] = $"approve:{comment.Id}" });

        Assert.Contains(text, await visitor.GetStringAsync($"/articles/{article.Slug}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePublicSettings_Evicts()
    {
        using var visitor = Browserless.NewClient(app);
        await WarmAsync(visitor, "/", "/contact");
        using var admin = await Browserless.SignedInAsync(app, app.Clinic.AdminEmail);
        var phone = "+48 22 " + Random.Shared.Next(100, 999) + " 00 11";
        var settings = await admin.GetStringAsync("/settings/public-site", Ct);
        var practitionerId = Regex.Match(settings, "name=\"Input.Practitioners\\[0\\].Id\" value=\"([^\"]+)\"").Groups[1].Value;

        var saved = await Browserless.PostFormAsync(admin, "/settings/public-site", "public-site", new()
        {
            ["Input.Description"] = "Evicted description " + phone,
            ["Input.Phone"] = phone,
            ["Input.Practitioners[0].Id"] = practitionerId,
        });

        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Evicted description " + phone, WebUtility.HtmlDecode(await visitor.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        Assert.Contains(phone, WebUtility.HtmlDecode(await visitor.GetStringAsync("/contact", Ct)), StringComparison.Ordinal); // the layout's footer
    }

    [Fact]
    public async Task SavingAnythingShownOnTheSite_Evicts_OtherDataDoesNot()
    {
        using var visitor = Browserless.NewClient(app);
        await WarmAsync(visitor, "/");

        await app.Clinic.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BackPlanDb>();
            db.Set<Inquiry>().Add(new Inquiry { Name = "Not shown", Email = "n@example.com", Description = "x", Language = "en", CreatedAt = app.Time.GetUtcNow().UtcDateTime, UpdatedAt = app.Time.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(0, (await app.GetCountedAsync(visitor, "/")).Commands);

        var name = "Renamed practitioner " + Guid.NewGuid().ToString("N")[..6];
        await app.Clinic.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BackPlanDb>();
            (await db.Staff.SingleAsync(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner, Ct)).FullName = name;
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Contains(name, await visitor.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_CarriesNothingPerVisitor_AndLinksToItsCommentForm()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Plain read " + Guid.NewGuid().ToString("N")[..8]);
        using var first = Browserless.NewClient(app);
        using var second = Browserless.NewClient(app);
        var one = await app.GetCountedAsync(first, $"/articles/{article.Slug}");
        var two = await app.GetCountedAsync(second, $"/articles/{article.Slug}");

        Assert.Equal(0, two.Commands);
        Assert.Equal(one.Body, two.Body); // byte for byte the stored copy: no token, no signed time
        Assert.DoesNotContain("__RequestVerificationToken", two.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Started", two.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(two.Response.Headers, h => h.Key == "Set-Cookie");
        Assert.Contains($"href=\"/articles/{article.Slug}?comment=write#write\"", two.Body, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Started\"", await first.GetStringAsync(ArticleSteps.FormPath(article.Slug), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedArticlePage_TwoVisitors_GetTheirOwnTokenAndTime_AndBothCanComment()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Two readers " + Guid.NewGuid().ToString("N")[..8]);
        using var first = Browserless.NewClient(app);
        using var second = Browserless.NewClient(app);
        var one = await app.GetCountedAsync(first, ArticleSteps.FormPath(article.Slug));
        var two = await app.GetCountedAsync(second, ArticleSteps.FormPath(article.Slug));

        Assert.Equal(0, two.Commands);
        Assert.NotEqual(Token(one.Body), Token(two.Body));
        Assert.NotEqual(Started(one.Body), Started(two.Body));
        Assert.Contains(two.Response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)));

        foreach (var (visitor, name) in new[] { (first, "First"), (second, "Second") })
        {
            var after = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, name, $"{name}@example.com", $"Comment from {name}");
            Assert.Contains("Your comment will appear once the clinic has read it.", after, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await ArticleSteps.CommentsAsync(app, article.Id)).Count);
    }

    [Fact]
    public async Task CachedForms_PostStraightAway_IsStillRefusedAsTooQuick()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Quick " + Guid.NewGuid().ToString("N")[..8]);
        using var warm = Browserless.NewClient(app);
        await WarmAsync(warm, ArticleSteps.FormPath(article.Slug), "/contact");
        // Time passes after the page was stored: a bot reusing the cached copy must not gain it.
        app.Time.Advance(TimeSpan.FromMinutes(2));
        using var bot = Browserless.NewClient(app);

        var comment = await ArticleSteps.PostCommentAsync(app, bot, article.Slug, "Bot", "bot@example.com", "Fast typed", wait: TimeSpan.Zero);
        var inquiry = await PostInquiryAsync(bot, wait: TimeSpan.Zero);

        Assert.Contains("Your comment was sent very quickly", comment, StringComparison.Ordinal);
        Assert.Empty(await ArticleSteps.CommentsAsync(app, article.Id));
        Assert.Contains("That was very quick.", WebUtility.HtmlDecode(await inquiry.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedContactPage_InquirySent()
    {
        using var warm = Browserless.NewClient(app);
        await WarmAsync(warm, "/contact");
        using var visitor = Browserless.NewClient(app);

        var response = await PostInquiryAsync(visitor, wait: TimeSpan.FromSeconds(10));

        Assert.Equal("/contact/sent", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task CachedForms_WithoutTheVisitorsOwnAntiforgeryToken_Refused()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Forged " + Guid.NewGuid().ToString("N")[..8]);
        using var other = Browserless.NewClient(app);
        var othersToken = Token((await app.GetCountedAsync(other, ArticleSteps.FormPath(article.Slug))).Body);
        using var visitor = Browserless.NewClient(app);
        var page = (await app.GetCountedAsync(visitor, ArticleSteps.FormPath(article.Slug))).Body;
        app.Time.Advance(TimeSpan.FromSeconds(10));

        foreach (var token in new[] { PerVisitorValues.TokenMarker, othersToken, "" })
        {
            var response = await visitor.PostAsync(ArticleSteps.FormPath(article.Slug), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "comment",
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = "Forger",
                ["Input.Email"] = "f@example.com",
                ["Input.Text"] = "Forged comment",
                ["Input.Started"] = Started(page),
            }), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Empty(await ArticleSteps.CommentsAsync(app, article.Id));
    }

    [Fact]
    public async Task FormErrors_AreNeverCached()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Errors " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);
        var typed = "Typed by one visitor " + Guid.NewGuid().ToString("N")[..6];

        var page = await ArticleSteps.PostCommentAsync(app, visitor, article.Slug, "", "not-an-email", typed);
        var inquiry = await PostInquiryAsync(visitor, TimeSpan.FromSeconds(10), description: typed, consent: false);

        Assert.Contains("Enter your name.", page, StringComparison.Ordinal);
        Assert.Contains($"{typed}</textarea>", page, StringComparison.Ordinal);
        Assert.Contains($"{typed}</textarea>", await inquiry.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var next = Browserless.NewClient(app);
        foreach (var path in new[] { ArticleSteps.FormPath(article.Slug), "/contact" })
        {
            var fresh = await next.GetStringAsync(path, Ct);
            Assert.DoesNotContain(typed, fresh, StringComparison.Ordinal);
            Assert.DoesNotContain("validation-message", fresh, StringComparison.Ordinal);
        }
    }

    private async Task WarmAsync(HttpClient visitor, params string[] paths)
    {
        foreach (var path in paths)
        {
            await visitor.GetStringAsync(path, Ct);
            Assert.Equal(0, (await app.GetCountedAsync(visitor, path)).Commands);
        }
    }

    private static async Task<string> SaveArticleAsync(HttpClient editor, Article article, string title, string status)
    {
        var fields = ArticleFields(title, status);
        fields["Input.Slug"] = article.Slug;
        var response = await Browserless.PostFormAsync(editor, $"/staff-articles/{article.Id}", "article", fields);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static Dictionary<string, string> ArticleFields(string title, string status) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Summary.",
        ["Input.Body"] = "Body text.",
        ["Input.Tags"] = "",
        ["Input.Status"] = status,
        ["Input.Action"] = "save",
    };

    private async Task<HttpResponseMessage> PostInquiryAsync(HttpClient visitor, TimeSpan wait, string description = "Stiff lower back after gardening.", bool consent = true)
    {
        var page = (await app.GetCountedAsync(visitor, "/contact")).Body;
        app.Time.Advance(wait);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "inquiry",
            ["__RequestVerificationToken"] = Token(page),
            ["Input.Started"] = Started(page),
            ["Input.Name"] = "Anna Cached",
            ["Input.Email"] = $"cached-{Guid.NewGuid():N}@example.com",
            ["Input.Description"] = description,
            ["Input.Duration"] = "Subacute",
            ["Input.Website"] = "",
        };
        if (consent)
        {
            fields["Input.ConsentToContact"] = "true";
        }

        return await visitor.PostAsync("/contact", new FormUrlEncodedContent(fields), Ct);
    }

    private static string Token(string page) => WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);

    private static string Started(string page) => WebUtility.HtmlDecode(StartedPattern().Match(page).Groups[1].Value);

    private static string WithoutFormValues(string page) => StartedPattern().Replace(TokenPattern().Replace(page, ""), "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input.Started\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex StartedPattern();
}
