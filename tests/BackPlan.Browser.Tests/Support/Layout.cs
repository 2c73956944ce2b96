using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Support;

/// <summary>Checks on how a page is laid out in the browser.</summary>
public static class Layout
{
    /// <summary>The page fits its viewport's width: nothing makes it scroll sideways.</summary>
    public static async Task ExpectNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
