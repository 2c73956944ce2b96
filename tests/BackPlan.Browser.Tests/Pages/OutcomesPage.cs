using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Outcomes/OutcomesPage.razor.</summary>
public sealed class OutcomesPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Outcomes", Level = 1 });

    /// <summary>The pain-free comparison as a chart (an image with its label) once the interactive island drew it.</summary>
    public ILocator Chart => page.Locator(".outcome-chart[role=img] svg");

    /// <summary>The same figures as a table, the chart's alternative.</summary>
    public ILocator ChartTable => page.GetByRole(AriaRole.Table, new() { Name = "This clinic's share of pain-free patients at one month beside the arms of Preyde 2000 (CMAJ)." });

    public ILocator Recompute => page.GetByRole(AriaRole.Button, new() { Name = "Recompute all outcome records" });

    public static async Task<OutcomesPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/outcomes");
        var outcomes = new OutcomesPage(page);
        await Assertions.Expect(outcomes.Heading).ToBeVisibleAsync();
        return outcomes;
    }
}
