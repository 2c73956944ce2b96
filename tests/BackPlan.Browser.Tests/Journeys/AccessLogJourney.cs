using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>The patient finds "Who has seen your record" from the portal's home; axe-core and the 360 px layout.</summary>
public class AccessLogJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Patient_OpensTheAccessLogFromThePortal_OnAPhone_NoViolations()
    {
        var page = await NewPageAsync(DemoRole.Patient, new ViewportSize { Width = 360, Height = 780 });
        await page.GotoAsync("/portal");

        await page.GetByRole(AriaRole.Link, new() { Name = "Who has seen your record" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who has seen your record", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "The same list as a file for other programs (JSON)" })).ToHaveAttributeAsync("href", "/api/v1/me/access-log");
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
