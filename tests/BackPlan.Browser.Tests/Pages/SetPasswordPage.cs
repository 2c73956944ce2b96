using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Account/SetPasswordPage.razor: the invitation link's page.</summary>
public sealed class SetPasswordPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password", Level = 1 });

    public ILocator Password => page.GetByLabel("New password", new() { Exact = true });

    public ILocator Confirm => page.GetByLabel("Repeat the password", new() { Exact = true });

    public ILocator LinkNoLongerWorks => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This link has expired or was already used." });

    public static async Task<SetPasswordPage> OpenAsync(IPage page, string pathAndQuery)
    {
        var response = await page.GotoAsync(pathAndQuery);
        Assert.True(response?.Ok, $"{pathAndQuery} answered {response?.Status}");
        var setPassword = new SetPasswordPage(page);
        await Assertions.Expect(setPassword.Heading).ToBeVisibleAsync();
        return setPassword;
    }

    public async Task SetAsync(string password)
    {
        await Password.FillAsync(password);
        await Confirm.FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password and sign in" }).ClickAsync();
    }
}
