using Microsoft.Playwright;
using OtpNet;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Account/TwoFactorPage.razor (set-up) and SignInCodePage.razor (the code step), answered as a phone app would.</summary>
public sealed class TwoFactorPages(IPage page)
{
    public const string SetupPath = "/account/two-factor";

    public ILocator Code => page.GetByLabel("Code", new() { Exact = true });

    public ILocator QrCode => page.GetByRole(AriaRole.Img, new() { Name = "QR code with your BackPlan key, for the authenticator app" });

    public ILocator RecoveryCodes => page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem);

    public static string CodeOf(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>Reads the key off the set-up page, types the app's code and waits for the recovery codes; returns the key.</summary>
    public async Task<string> SetUpAsync()
    {
        await Assertions.Expect(QrCode).ToBeVisibleAsync();
        var key = (await page.Locator("code.key").GetAttributeAsync("data-key"))!;
        await Code.FillAsync(CodeOf(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(RecoveryCodes).ToHaveCountAsync(10);
        return key;
    }

    public Task ContinueAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();

    public async Task EnterCodeAsync(string code)
    {
        await Code.FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
