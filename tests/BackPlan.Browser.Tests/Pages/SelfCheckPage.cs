using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/SelfCheck/SelfCheckPage.razor.</summary>
public sealed class SelfCheckPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Back pain self-check", Level = 1 });

    public ILocator Age => page.GetByLabel("Your age in years (optional)");

    /// <summary>The result box, named by its heading (the urgency advice).</summary>
    public ILocator Result(string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading });

    public ILocator RequestAssessment => page.GetByRole(AriaRole.Link, new() { Name = "Request an assessment" });

    public static async Task<SelfCheckPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/self-check");
        var check = new SelfCheckPage(page);
        await Assertions.Expect(check.Heading).ToBeVisibleAsync();
        return check;
    }

    public Task ChooseDurationAsync(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true }).CheckAsync();

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "See what to do" }).ClickAsync();
}
