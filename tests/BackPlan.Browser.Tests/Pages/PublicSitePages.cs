using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>The clinic's public home page (Features/PublicSite/PublicHomePage.razor).</summary>
public sealed class PublicHomePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator NavLink(string name) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Practitioners => page.GetByRole(AriaRole.Region, new() { Name = "Our practitioners" });

    public static async Task<PublicHomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        var home = new PublicHomePage(page);
        await Assertions.Expect(home.Heading).ToHaveTextAsync("BackPlan Demo Clinic");
        return home;
    }
}

/// <summary>One article with its comments and comment form (Features/Articles/ArticlePage.razor).</summary>
public sealed class PublicArticlePage(IPage page)
{
    public ILocator Comments => page.GetByRole(AriaRole.Region, new() { Name = "Comments" });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public static async Task<PublicArticlePage> ExpectOpenAsync(IPage page, string title)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        return new PublicArticlePage(page);
    }

    /// <summary>Opens the comment form, fills and sends it. A person takes more than the 3 s minimum fill time; so does this.</summary>
    public async Task CommentAsync(string name, string email, string text)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Write a comment" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Your email (never shown)").FillAsync(email);
        await page.GetByLabel("Comment *", new() { Exact = true }).FillAsync(text);
        await page.WaitForTimeoutAsync(3_100);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send comment" }).ClickAsync();
    }
}

/// <summary>The staff's comment queue (Features/Articles/CommentModerationPage.razor).</summary>
public sealed class CommentModerationPage(IPage page)
{
    public static async Task<CommentModerationPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/staff-articles/comments");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comments to moderate", Level = 1 })).ToBeVisibleAsync();
        return new CommentModerationPage(page);
    }

    public ILocator Comment(string text) => page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = text });

    public async Task ApproveAsync(string text)
    {
        await Comment(text).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done.");
    }
}
