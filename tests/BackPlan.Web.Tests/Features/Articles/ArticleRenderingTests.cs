using BackPlan.Web.Features.Articles;

namespace BackPlan.Web.Tests.Features.Articles;

public class ArticleRenderingTests
{
    [Theory]
    [InlineData("Hello <script>alert('x')</script> world")]
    [InlineData("<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>")]
    [InlineData("```\nfine\n```\n<script>document.cookie</script>")]
    public void ToSafeHtml_ScriptTags_Removed(string markdown)
    {
        var html = ArticleMarkdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"https://example.com/a.png\" onerror=\"alert(1)\">")]
    [InlineData("<p onclick=\"alert(1)\">text</p>")]
    [InlineData("<a href=\"https://example.com\" onmouseover=\"alert(1)\">x</a>")]
    public void ToSafeHtml_EventHandlerAttributes_Removed(string markdown)
    {
        var html = ArticleMarkdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", html.Replace(" only", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click me</a>")]
    [InlineData("<a href=\"JaVaScRiPt&colon;alert(1)\">click me</a>")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void ToSafeHtml_JavascriptAndDataLinks_Neutralised(string markdown)
    {
        var html = ArticleMarkdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click me", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"5\"/></svg>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><style>body{display:none}</style>")]
    public void ToSafeHtml_SvgAndEmbeddedPayloads_Neutralised(string markdown)
    {
        var html = ArticleMarkdown.ToSafeHtml(markdown);

        foreach (var bad in new[] { "<svg", "alert", "data:", "<iframe", "<object", "<style", "onload" })
        {
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ToSafeHtml_NormalMarkdown_KeepsStructureAndMarksExternalLinks()
    {
        var html = ArticleMarkdown.ToSafeHtml("""
            ## Why move

            Walking **helps** most *people*.

            - one
            - two

            See [NICE](https://www.nice.org.uk/guidance/ng59) and our [self-check](/self-check).
            """);

        Assert.Contains("<h2>Why move</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>helps</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>people</em>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.nice.org.uk/guidance/ng59\" rel=\"noopener nofollow ugc\">NICE</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/self-check\">self-check</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(1000, 5)]
    public void ReadingMinutes_WordsAt200AMinute_RoundsUp(int words, int minutes) =>
        Assert.Equal(minutes, ArticleMarkdown.ReadingMinutes(string.Join(' ', Enumerable.Repeat("word", words))));

    [Fact]
    public void CoverImageSniff_RecognisesPngJpegWebp_RefusesOthers()
    {
        Assert.Equal("image/png", CoverImage.Sniff(TestImages.Png));
        Assert.Equal("image/jpeg", CoverImage.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal("image/webp", CoverImage.Sniff("RIFF\0\0\0\0WEBPVP8 "u8));
        Assert.Null(CoverImage.Sniff("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8));
        Assert.Null(CoverImage.Sniff("GIF89a"u8));
        Assert.Null(CoverImage.Sniff([]));
    }

    [Fact]
    public void CommentValidate_TooManyLinksOrTooLong_SaysWhy()
    {
        var links = new CommentInput { Name = "A", Email = "a@example.com", Text = "see http://a.example www.b.example https://c.example" }.Validate();
        var longText = new CommentInput { Name = "A", Email = "a@example.com", Text = new string('a', 2001) }.Validate();
        var fine = new CommentInput { Name = "A", Email = "a@example.com", Text = "two links: https://a.example and www.b.example" }.Validate();

        Assert.Equal(["Use at most 2 links."], links["Text"]);
        Assert.Equal(["Use at most 2000 characters."], longText["Text"]);
        Assert.Empty(fine);
    }

    [Theory]
    [InlineData("Ból pleców: co mówią badania?", "bol-plecow-co-mowia-badania")]
    [InlineData("  Soft tissue -- therapy!  ", "soft-tissue-therapy")]
    public void MakeSlug_FromTitle_LowerCaseAsciiWithHyphens(string title, string slug) =>
        Assert.Equal(slug, ArticleInput.MakeSlug(title));
}

/// <summary>The smallest valid images, for upload tests.</summary>
public static class TestImages
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
}
