using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>axe-core (WCAG 2.1 A/AA) on the sign-in and home pages, in the states a user sees them.</summary>
public class AccountPagesAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task SignInPage_HasNoViolations()
    {
        var page = await NewPageAsync();
        await SignInPage.OpenAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task SignInPage_AfterWrongPassword_HasNoViolations()
    {
        var page = await NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync("nobody@demo.backplan.test", "Wrong-Passw0rd");
        await Assertions.Expect(signIn.Alert).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task HomePage_SignedIn_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        await HomePage.OpenAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
