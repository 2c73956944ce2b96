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

        // Keyboard: the chart's regions are links in the tab order.
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

    [Fact]
    public async Task ExaminationPage_AtPhoneWidth_DoesNotScrollSideways()
    {
        var page = await NewPageAsync(DemoRole.Practitioner, new ViewportSize { Width = 390, Height = 844 });
        await ExaminationPage.OpenForNewEpisodeAsync(page, patient: 3);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
