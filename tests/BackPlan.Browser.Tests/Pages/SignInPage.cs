using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Account/SignInPage.razor.</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/account/sign-in";

    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    public ILocator Alert => page.GetByRole(AriaRole.Alert);

    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        await page.GotoAsync(Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        return new SignInPage(page);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
