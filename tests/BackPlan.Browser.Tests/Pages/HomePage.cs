using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>
/// Where a signed-in user starts (/start): Features/Workspace/WorkspacePage.razor for staff,
/// Features/Portal/PortalHomePage.razor for patients; both greet the user by name.
/// </summary>
public sealed partial class HomePage(IPage page)
{
    public ILocator Welcome => page.GetByRole(AriaRole.Heading, new() { NameRegex = WelcomeText(), Level = 1 });

    /// <summary>A patient's links to their approved programs ("Your back program (Version 1)").</summary>
    public ILocator ProgramLinks => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = ProgramText() });

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/start");
        return await ExpectSignedInAsync(page);
    }

    public static async Task<HomePage> ExpectSignedInAsync(IPage page)
    {
        var home = new HomePage(page);
        await Assertions.Expect(home.Welcome).ToBeVisibleAsync();
        return home;
    }

    [GeneratedRegex(@"^Your back program \(Version \d+\)$")]
    private static partial Regex ProgramText();

    [GeneratedRegex("^Welcome, ")]
    private static partial Regex WelcomeText();
}
