using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// Issue 16, item 3: a page left alone warns before the automatic sign-out, "Stay signed in" keeps the
/// session, and the sign-out lands on the sign-in page with the reason. The page's clock is Playwright's
/// (the server here allows an hour: BackPlanServer); the server's own check is in the web tests.
/// </summary>
public class IdleSignOutJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task PageLeftAlone_WarnsThenSignsOut_StayingSignedInKeepsTheSession()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await page.Clock.InstallAsync();
        await page.GotoAsync("/workspace");
        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Are you still there?" });

        // The page signs out a minute before the server's hour, and warns two minutes before that.
        await page.Clock.FastForwardAsync("56:50");
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("00:20");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning.GetByRole(AriaRole.Timer)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1:[45][0-9]$"));
        await Assertions.Expect(warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
        await Accessibility.ExpectNoViolationsAsync(page);

        await warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(warning).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("59:00");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?idle=1$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You were signed out because the page was not used for a while.");
        await page.GotoAsync("/workspace");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl="));
    }
}
