using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Tests.Features.PublicSite;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Tests.Features.Articles;

public partial class ArticleTests(PublicSiteApp app) : IClassFixture<PublicSiteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Draft_IsNotPublic_NotListedAndNotFound()
    {
        var draft = await ArticleSteps.AddArticleAsync(app, "Draft " + Guid.NewGuid().ToString("N")[..8], status: ArticleStatus.Draft);
        using var visitor = Browserless.NewClient(app);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{draft.Slug}", Ct)).StatusCode);
        Assert.DoesNotContain(draft.Title, await visitor.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ScheduledArticle_AppearsWhenItsTimeComes()
    {
        using var editor = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);
        var title = "Scheduled " + Guid.NewGuid().ToString("N")[..8];
        // The editor types clinic-local time (Europe/Warsaw): one hour from now.
        var local = Instant.FromDateTimeOffset(app.Time.GetUtcNow().AddHours(1)).InZone(DateTimeZoneProviders.Tzdb["Europe/Warsaw"]).LocalDateTime;
        var saved = await Browserless.PostFormAsync(editor, "/staff-articles/new", "article", new()
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = "Later.",
            ["Input.Body"] = "Published later.",
            ["Input.Tags"] = "Later, Exercise",
            ["Input.Status"] = "schedule",
            ["Input.PublishAt"] = local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Action"] = "save",
        });
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var slug = ArticleInput.MakeSlug(title);
        using var visitor = Browserless.NewClient(app);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{slug}", Ct)).StatusCode);
        Assert.Contains(">Scheduled</td>", await editor.GetStringAsync("/staff-articles", Ct), StringComparison.Ordinal);
        app.Time.Advance(TimeSpan.FromMinutes(61));

        var page = await visitor.GetStringAsync($"/articles/{slug}", Ct);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("1 min read", page, StringComparison.Ordinal);
        Assert.Contains(title, await visitor.GetStringAsync("/articles?tag=later", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TagFilterAndPaging_ShowsPublishedNewestFirst()
    {
        var tag = "tag" + Guid.NewGuid().ToString("N")[..8];
        var now = app.Time.GetUtcNow().UtcDateTime;
        for (var i = 1; i <= 12; i++)
        {
            await ArticleSteps.AddArticleAsync(app, $"Paged {tag} {i:00}", tags: tag, publishAt: now.AddMinutes(-100 + i));
        }

        await ArticleSteps.AddArticleAsync(app, $"Other {tag}", tags: "other");
        using var visitor = Browserless.NewClient(app);

        var first = await visitor.GetStringAsync($"/articles?tag={tag}", Ct);
        var second = await visitor.GetStringAsync($"/articles?tag={tag}&page=2", Ct);

        Assert.Equal(10, Titles(first, tag).Count);
        Assert.Equal($"Paged {tag} 12", Titles(first, tag)[0]);
        Assert.Equal([$"Paged {tag} 02", $"Paged {tag} 01"], Titles(second, tag));
        Assert.DoesNotContain($"Other {tag}", first + second, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsPublishedArticlesOnly_WithLanguageAlternates()
    {
        var published = await ArticleSteps.AddArticleAsync(app, "Mapped " + Guid.NewGuid().ToString("N")[..8]);
        var draft = await ArticleSteps.AddArticleAsync(app, "Unmapped " + Guid.NewGuid().ToString("N")[..8], status: ArticleStatus.Draft);
        var later = await ArticleSteps.AddArticleAsync(app, "Later " + Guid.NewGuid().ToString("N")[..8], publishAt: app.Time.GetUtcNow().UtcDateTime.AddDays(3));
        using var visitor = Browserless.NewClient(app);

        var response = await visitor.GetAsync("/sitemap.xml", Ct);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).PathAndQuery).ToList();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"/articles/{published.Slug}", locations);
        Assert.DoesNotContain($"/articles/{draft.Slug}", locations);
        Assert.DoesNotContain($"/articles/{later.Slug}", locations);
        Assert.Contains("/", locations);
        Assert.Contains("/contact", locations);
        Assert.Contains("/self-check", locations);
        Assert.Contains(xml.Descendants(XName.Get("link", "http://www.w3.org/1999/xhtml")), l => (string?)l.Attribute("hreflang") == "pl");
    }

    [Fact]
    public async Task Robots_DisallowsStaffPortalAndApi_PointsAtSitemap()
    {
        using var visitor = Browserless.NewClient(app);

        var robots = await visitor.GetStringAsync("/robots.txt", Ct);

        foreach (var path in new[] { "/api/", "/portal", "/patients", "/staff-articles", "/workspace" })
        {
            Assert.Contains($"Disallow: {path}", robots, StringComparison.Ordinal);
        }

        Assert.Matches(@"Sitemap: http://[^\s]+/sitemap\.xml", robots);
    }

    [Fact]
    public async Task Editor_CoverUpload_ChecksBytesAndNeedsAltText_ServesTheImage()
    {
        using var editor = await Browserless.SignedInAsync(app, app.Clinic.AdminEmail);
        var title = "Covered " + Guid.NewGuid().ToString("N")[..8];
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Summary"] = "With a picture.", ["Input.Body"] = "Text.", ["Input.Status"] = "publish", ["Input.Action"] = "save",
        };

        var svg = await PostMultipartAsync(editor, "/staff-articles/new", fields, "<svg onload=\"alert(1)\"/>"u8.ToArray(), "cover.png");
        Assert.Matches("id=\"cover-error\"[^>]*>\\s*The file is not a PNG, JPEG or WebP image.", svg);
        var text = await PostMultipartAsync(editor, "/staff-articles/new", fields, "Not a picture at all, only words."u8.ToArray(), "photo.png");
        Assert.Matches("id=\"cover-error\"[^>]*>\\s*The file is not a PNG, JPEG or WebP image.", text);
        Assert.Contains(title, text, StringComparison.Ordinal); // typed text kept
        var noAlt = await PostMultipartAsync(editor, "/staff-articles/new", fields, TestImages.Png, "cover.png");
        Assert.Contains("Describe the cover image for people who cannot see it.", noAlt, StringComparison.Ordinal);
        var tooBig = await PostMultipartAsync(editor, "/staff-articles/new", fields, [.. TestImages.Png, .. new byte[2 * 1024 * 1024]], "big.png");
        Assert.Matches("id=\"cover-error\"[^>]*>\\s*The image is larger than 2 MB.", tooBig);
        Assert.Contains(title, tooBig, StringComparison.Ordinal); // typed text kept

        fields["Input.CoverAlt"] = "A person stretching on a mat";
        await PostMultipartAsync(editor, "/staff-articles/new", fields, TestImages.Png, "cover.png");
        using var visitor = Browserless.NewClient(app);
        var page = await visitor.GetStringAsync($"/articles/{ArticleInput.MakeSlug(title)}", Ct);
        var src = Regex.Match(page, "<img class=\"cover\" src=\"([^\"]+)\" alt=\"A person stretching on a mat\"");
        Assert.True(src.Success, page);
        var image = await visitor.GetAsync(WebUtility.HtmlDecode(src.Groups[1].Value), Ct);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png, await image.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Editor_Preview_RendersSanitisedMarkdownWithoutSaving()
    {
        using var editor = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);
        var title = "Preview " + Guid.NewGuid().ToString("N")[..8];

        var response = await Browserless.PostFormAsync(editor, "/staff-articles/new", "article", new()
        {
            ["Input.Title"] = title, ["Input.Summary"] = "s", ["Input.Body"] = "## Heading\n\n**bold** <script>alert(1)</script>", ["Input.Action"] = "preview",
        });
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<h2>Heading</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.False(await app.Clinic.QueryAsync(db => db.Articles.AnyAsync(a => a.Title == title, Ct)));
    }

    [Fact]
    public async Task Editor_FrontDesk_CannotWriteArticles()
    {
        using var frontDesk = await Browserless.SignedInAsync(app, app.Clinic.FrontDeskEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync("/staff-articles/new", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await frontDesk.GetAsync("/staff-articles", Ct)).StatusCode);
    }

    private static async Task<string> PostMultipartAsync(HttpClient client, string url, Dictionary<string, string> fields, byte[] file, string fileName)
    {
        var page = await client.GetStringAsync(url);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent("article"), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(bytes, "cover", fileName);
        var response = await client.PostAsync(url, content);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Titles(string page, string tag) =>
        Regex.Matches(page, $"<h2><a href=\"/articles/[^\"]+\">(Paged {tag} \\d\\d)</a></h2>").Select(m => m.Groups[1].Value).ToList();
}
