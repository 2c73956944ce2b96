using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Progress/PortalProgressPage.razor: the patient's progress at /portal/progress.</summary>
public sealed class ProgressPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Your progress", Level = 1 });

    /// <summary>The Radzen charts' drawings (they run interactively, so they appear once the circuit is up).</summary>
    public ILocator ChartDrawings => page.Locator(".progress-chart svg");

    public ILocator Tables => page.Locator("table.progress-table");

    public static async Task<ProgressPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/portal/progress");
        var progress = new ProgressPage(page);
        await Assertions.Expect(progress.Heading).ToBeVisibleAsync();
        return progress;
    }

    /// <summary>How many line paths with drawn points the first chart holds.</summary>
    public Task<int> DrawnLinesAsync() => page.EvaluateAsync<int>(
        "() => [...document.querySelectorAll('.progress-chart svg path')].filter(p => (p.getAttribute('d') || '').split(/[ML]/).length > 2).length");
}
