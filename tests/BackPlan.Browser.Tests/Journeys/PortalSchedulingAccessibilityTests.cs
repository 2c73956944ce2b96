using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// axe-core (WCAG 2.1 A/AA) and the 360 px layout on the portal's scheduling pages: the patient's
/// appointments, booking within the plan, and the waitlist (the flare-up page has its own journey).
/// </summary>
public class PortalSchedulingAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    [Theory]
    [InlineData("/portal/appointments", "Your appointments")]
    [InlineData("/portal/book", "Book a session")]
    [InlineData("/portal/waitlist", "Waitlist for an earlier appointment")]
    public async Task PortalSchedulingPage_OnAPhone_HasNoViolations(string path, string heading)
    {
        var page = await NewPageAsync(DemoRole.Patient, Phone);

        await page.GotoAsync(path);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task WaitlistPage_ForStaff_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.FrontDesk);

        await page.GotoAsync("/waitlist");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waitlist", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
