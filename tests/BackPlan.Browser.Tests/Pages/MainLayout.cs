using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>What every page shares (Components/Layout/MainLayout.razor): main navigation, language links, sign-out.</summary>
public sealed class MainLayout(IPage page)
{
    /// <summary>The header with the brand, navigation, languages and sign-out.</summary>
    public ILocator Header => page.GetByRole(AriaRole.Banner);

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public ILocator NavLink(string name) => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Follows the language link ("English", "Polski") and waits for the page to come back in that language.</summary>
    public async Task SwitchLanguageAsync(string language, string lang)
    {
        await NavLink(language).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }
}
