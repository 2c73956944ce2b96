using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Reviews/ReviewPage.razor: today's scores, BackPlan's decision and the practitioner's action.</summary>
public sealed class ReviewPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Review", Level = 1 });

    public ILocator SaveScoresButton => page.GetByRole(AriaRole.Button, new() { Name = "Save scores" });

    public ILocator Numbers => page.GetByRole(AriaRole.Table, new() { Name = "The numbers behind it" });

    public ILocator Note => page.GetByLabel("Note (required to refer: the reason for the referral)");

    public ILocator ReferButton => page.GetByRole(AriaRole.Button, new() { Name = "Refer and close the episode" });

    public static async Task<ReviewPage> ExpectOpenAsync(IPage page)
    {
        var review = new ReviewPage(page);
        await Assertions.Expect(review.Heading).ToBeVisibleAsync();
        return review;
    }

    /// <summary>Today's pain (NPRS, 0-10), saved; waits for the decision's numbers.</summary>
    public async Task SavePainAsync(int now)
    {
        var pain = new IntakePage(page);
        await IntakePage.AnswerAsync(pain.Question(IntakePage.Pain, new("^Pain right now")), now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SaveScoresButton.ClickAsync();
        await Assertions.Expect(Numbers).ToBeVisibleAsync();
    }

    public async Task<ReferralLetterPage> ReferAsync(string reason)
    {
        await Note.FillAsync(reason);
        await ReferButton.ClickAsync();
        return await ReferralLetterPage.ExpectOpenAsync(page);
    }
}
