using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>Issue 16, item 1: the admin's first sign-in sets up two-factor sign-in; later sign-ins ask for the app's code.</summary>
public class TwoFactorJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Admin_SignsInWithTheAppsCode_AfterAWrongOne()
    {
        await NewPageAsync(DemoRole.Admin); // the first sign-in, which set the key up
        var page = await NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync(DemoAccounts.Email(DemoRole.Admin), BackPlanServer.DemoPassword);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        var codeStep = new TwoFactorPages(page);
        await codeStep.EnterCodeAsync("000000");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The code is not right");
        await Assertions.Expect(codeStep.Code).ToHaveValueAsync("000000");
        await Accessibility.ExpectNoViolationsAsync(page);

        await codeStep.EnterCodeAsync(TwoFactorPages.CodeOf(Host.AdminKey!));
        await HomePage.ExpectSignedInAsync(page);
    }

    [Fact]
    public async Task SetUpPage_WithItsQrCode_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Patient);
        await page.GotoAsync(TwoFactorPages.SetupPath);
        await Assertions.Expect(new TwoFactorPages(page).QrCode).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
