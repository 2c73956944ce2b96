using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>axe-core (WCAG 2.1 A/AA) on the questionnaire pages.</summary>
public class InstrumentPagesAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task InstrumentListPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var list = await InstrumentListPage.OpenAsync(page);
        await Assertions.Expect(list.Table.GetByRole(AriaRole.Link, new() { Name = "Oswestry Disability Index" })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task InstrumentPage_AsAdmin_HasNoViolations()
    {
        // The admin sees the most: the licence and wording forms under the items.
        var page = await NewPageAsync(DemoRole.Admin);
        await page.GotoAsync("/instruments/odi");
        var instrument = await InstrumentPage.ExpectOpenAsync(page, "Oswestry Disability Index");
        await Assertions.Expect(instrument.Items).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
