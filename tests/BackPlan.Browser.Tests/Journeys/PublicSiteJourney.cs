using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class PublicSiteJourney(BrowserHost host) : BrowserTest(host)
{
    private const string FirstArticle = "Soft tissue therapy for low back pain: what the evidence says";

    [Fact]
    public async Task Visitor_ReadsArticleAndComments_StaffApproves_CommentAppears()
    {
        var visitor = await NewPageAsync();
        var home = await PublicHomePage.OpenAsync(visitor);
        await home.NavLink("Articles").ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = FirstArticle }).ClickAsync();
        var article = await PublicArticlePage.ExpectOpenAsync(visitor, FirstArticle);
        await Assertions.Expect(visitor.GetByText("Cochrane Database of Systematic Reviews 2015")).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(visitor);

        var text = $"Does this apply to sciatica too? ({Guid.NewGuid():N})";
        await article.CommentAsync("Ola Reader", "ola.reader@example.com", text);
        await Assertions.Expect(article.Status).ToContainTextAsync("Your comment will appear once the clinic has read it.");
        await Assertions.Expect(article.Comments.GetByText(text)).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(visitor);

        var staff = await NewPageAsync(DemoRole.Admin);
        var queue = await CommentModerationPage.OpenAsync(staff);
        await Accessibility.ExpectNoViolationsAsync(staff);
        await queue.ApproveAsync(text);

        await visitor.ReloadAsync();
        await Assertions.Expect(article.Comments.GetByText(text)).ToBeVisibleAsync();
        await Assertions.Expect(article.Comments.GetByText("Ola Reader")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("ola.reader@example.com")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Home_AndArticleList_HaveNoViolations_InEnglishAndPolish()
    {
        var page = await NewPageAsync();
        var home = await PublicHomePage.OpenAsync(page);
        await Assertions.Expect(home.Practitioners.GetByText("MSc Physiotherapy; licensed physiotherapist")).ToBeVisibleAsync();
        await Assertions.Expect(home.NavLink("Self-check")).ToHaveAttributeAsync("href", "/self-check");
        await Assertions.Expect(home.NavLink("Contact")).ToHaveAttributeAsync("href", "/contact");
        await Accessibility.ExpectNoViolationsAsync(page);

        await page.GotoAsync("/articles");
        await Accessibility.ExpectNoViolationsAsync(page);

        await new MainLayout(page).SwitchLanguageAsync("Polski", "pl");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Artykuły", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nasi terapeuci" })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task Home_At360Pixels_NoSidewaysScrolling_NavigationReachable()
    {
        var phone = new ViewportSize { Width = 360, Height = 740 };
        var page = await NewPageAsync(viewport: phone);
        var home = await PublicHomePage.OpenAsync(page);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
        foreach (var link in new[] { "Home", "Articles", "Self-check", "Contact" })
        {
            var box = await home.NavLink(link).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= phone.Width, $"{link} spans {box.X}..{box.X + box.Width} on a {phone.Width} px screen.");
        }

        await home.NavLink("Articles").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Articles", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ArticleList_ShowsTheThreeDemoArticles_FirstCitesItsSources()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/articles");

        foreach (var title in new[] { FirstArticle, "Staying active with back pain", "Soreness after treatment: what is normal and when to seek help" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = FirstArticle }).ClickAsync();
        await PublicArticlePage.ExpectOpenAsync(page, FirstArticle);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sources", Level = 2 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Article_At360Pixels_CommentErrorsBesideTheFields_NoViolations()
    {
        var page = await NewPageAsync(viewport: new ViewportSize { Width = 360, Height = 740 });
        await page.GotoAsync("/articles/soft-tissue-therapy-for-low-back-pain");
        await PublicArticlePage.ExpectOpenAsync(page, FirstArticle);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a comment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send comment" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Your name")).ToHaveAccessibleDescriptionAsync("Enter your name.");
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
    }
}
