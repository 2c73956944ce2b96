using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class KeyboardJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task SkipLink_OnAnInnerPage_StaysOnThePageAndMovesPastTheNavigation()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await InstrumentListPage.OpenAsync(page);
        var url = page.Url;

        // The skip link is the first stop in the tab order, shown when it has focus.
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(url + "#main");
        await page.Keyboard.PressAsync("Tab");

        // The next stop is the first link of the page's content, not the header's navigation.
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
    }
}
