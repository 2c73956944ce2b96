using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Home/HomePage.razor.</summary>
public sealed partial class HomePage(IPage page)
{
    public ILocator Welcome => page.GetByRole(AriaRole.Heading, new() { NameRegex = WelcomeText(), Level = 1 });

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return await ExpectSignedInAsync(page);
    }

    public static async Task<HomePage> ExpectSignedInAsync(IPage page)
    {
        var home = new HomePage(page);
        await Assertions.Expect(home.Welcome).ToBeVisibleAsync();
        return home;
    }

    [GeneratedRegex("^Welcome, ")]
    private static partial Regex WelcomeText();
}
