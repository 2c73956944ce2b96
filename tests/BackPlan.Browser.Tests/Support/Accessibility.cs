using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Support;

/// <summary>axe-core on the page as it is now, limited to WCAG 2.1 A and AA (PRODUCT.md: WCAG 2.1 AA).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task ExpectNoViolationsAsync(IPage page)
    {
        // RunAxeLegacy is axe.run() in the page itself. RunAxe() instead runs axe in every frame and
        // then opens an extra blank page to merge the results: on a 2-core machine that measured
        // 2-3 s per check against 0.3 s, and our pages have no frames to merge. Switch back to
        // RunAxe() if a later Deque.AxeCore.Playwright drops the legacy mode.
#pragma warning disable CS0618 // Obsolete: legacy mode
        var result = await page.RunAxeLegacy(options: Wcag21AA);
#pragma warning restore CS0618
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url}: are the tags right?");
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} — {v.HelpUrl}{Environment.NewLine}"
            + string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {string.Join(" ", n.Target)}: {n.Html}{Environment.NewLine}      {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
        Assert.True(result.Violations.Length == 0, $"axe-core found WCAG 2.1 A/AA violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
