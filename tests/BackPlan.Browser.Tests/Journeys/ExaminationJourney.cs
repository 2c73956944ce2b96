using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class ExaminationJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task BodyChart_RegionLinkPreselectsFormAndFindingIsShadedAfterAdding()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var examination = await ExaminationPage.OpenForNewEpisodeAsync(page, patient: 2);
        await Accessibility.ExpectNoViolationsAsync(page);

        // Keyboard: every region of the chart is a named link, reached one after another with Tab.
        var names = await page.Locator(".body-chart a.area").EvaluateAllAsync<string[]>("areas => areas.map(a => a.getAttribute('aria-label'))");
        Assert.Equal(17, names.Length);
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        await page.Locator(".body-chart a.area").First.FocusAsync();
        var reached = new List<string> { await FocusedNameAsync(page) };
        for (var i = 1; i < names.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedNameAsync(page));
        }

        Assert.Equal(names, reached);
        await examination.ChartRegion("Gluteus medius, left").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(examination.Region).ToHaveValueAsync("gluteus_medius");
        await Assertions.Expect(examination.Side).ToHaveValueAsync("left");

        // Region and side follow the vocabulary of the chosen finding.
        await examination.Finding.SelectOptionAsync("poor_sleep");
        await Assertions.Expect(examination.Region).ToBeDisabledAsync();
        await Assertions.Expect(examination.Side).ToBeDisabledAsync();
        await examination.Finding.SelectOptionAsync("trigger_points");
        await Assertions.Expect(examination.Region).ToBeEnabledAsync();
        await Assertions.Expect(examination.Region).ToHaveAttributeAsync("required", "");

        await page.GetByLabel("2 – moderate").CheckAsync();
        await examination.AddButton.ClickAsync();

        await Assertions.Expect(examination.Findings.GetByRole(AriaRole.Cell, new() { Name = "Trigger points", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(examination.ChartRegion("Gluteus medius, left: has findings")).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    private static Task<string> FocusedNameAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('aria-label') ?? ''");

    [Fact]
    public async Task ExaminationPage_AtPhoneWidth_DoesNotScrollSideways()
    {
        var page = await NewPageAsync(DemoRole.Practitioner, new ViewportSize { Width = 390, Height = 844 });
        await ExaminationPage.OpenForNewEpisodeAsync(page, patient: 3);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
