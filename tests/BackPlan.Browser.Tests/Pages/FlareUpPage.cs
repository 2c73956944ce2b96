using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Waitlist/FlareUpPage.razor: "Having a flare-up?" at /portal/flare-up.</summary>
public sealed class FlareUpPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Having a flare-up?", Level = 1 });

    public ILocator Told => page.GetByRole(AriaRole.Heading, new() { Name = "We have told your clinic", Level = 2 });

    public ILocator UrgentAdvice => page.GetByRole(AriaRole.Heading, new() { Name = "When to seek help urgently", Level = 2 });

    /// <summary>Follows the prominent link on the portal's home page.</summary>
    public static async Task<FlareUpPage> OpenFromPortalAsync(IPage page)
    {
        await page.GotoAsync("/portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "Having a flare-up? Tell us and see your flare-up plan" }).ClickAsync();
        var flareUp = new FlareUpPage(page);
        await Assertions.Expect(flareUp.Heading).ToBeVisibleAsync();
        return flareUp;
    }

    public async Task ReportAsync(string pain, string note)
    {
        await page.GetByRole(AriaRole.Radiogroup).GetByLabel(pain, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What happened? (optional)").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "I'm having a flare-up" }).ClickAsync();
    }
}
