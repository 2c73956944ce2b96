using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>A patient on a phone presses "I'm having a flare-up" from the portal and reads the advice; axe-core before and after.</summary>
public class FlareUpJourney(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    [Fact]
    public async Task Patient_OnAPhone_PressesFlareUpAndSeesTheAdvice()
    {
        var page = await NewPageAsync(DemoRole.Patient, Phone);

        var flareUp = await FlareUpPage.OpenFromPortalAsync(page);
        await Assertions.Expect(flareUp.UrgentAdvice).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);

        await flareUp.ReportAsync("6", "Stiff after gardening");

        await Assertions.Expect(flareUp.Told).ToBeVisibleAsync();
        await Assertions.Expect(flareUp.UrgentAdvice).ToBeVisibleAsync();
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
