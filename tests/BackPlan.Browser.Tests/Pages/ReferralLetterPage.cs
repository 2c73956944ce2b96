using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Reviews/ReferralLetterPage.razor: the printable letter for a referred episode.</summary>
public sealed class ReferralLetterPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Referral for medical review", Level = 1 });

    public ILocator SafetyScreening => page.GetByRole(AriaRole.Heading, new() { Name = "Safety screening", Level = 2 });

    public static async Task<ReferralLetterPage> ExpectOpenAsync(IPage page)
    {
        var letter = new ReferralLetterPage(page);
        await Assertions.Expect(letter.Heading).ToBeVisibleAsync();
        return letter;
    }
}
