using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Episodes/EpisodePage.razor with its safety banner (Screening/SafetyBanner.razor) and resolve form.</summary>
public sealed partial class EpisodePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { NameRegex = EpisodeHeading(), Level = 1 });

    /// <summary>The safety banner ("Safety screening: emergency"), announced as an alert.</summary>
    public ILocator SafetyBanner => page.GetByRole(AriaRole.Alert, new() { NameRegex = SafetyHeading() });

    public ILocator Measures => page.GetByRole(AriaRole.Table, new() { Name = "Measures" });

    public ILocator ResolveForm => page.GetByRole(AriaRole.Group, new() { Name = "Record what was done" });

    public ILocator Referred => ResolveForm.GetByLabel("Referred for medical review");

    public ILocator Reason => ResolveForm.GetByLabel("Reason and details (who, when, what was said)");

    public ILocator RecordButton => ResolveForm.GetByRole(AriaRole.Button, new() { Name = "Record" });

    public static async Task<EpisodePage> ExpectOpenAsync(IPage page)
    {
        var episode = new EpisodePage(page);
        await Assertions.Expect(episode.Heading).ToBeVisibleAsync();
        return episode;
    }

    /// <summary>A link among the episode's next steps: "Examination", "Program", "Review", "Referral letter".</summary>
    public ILocator Step(string name) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task<ExaminationPage> OpenExaminationAsync()
    {
        await Step("Examination").ClickAsync();
        return await ExaminationPage.ExpectOpenAsync(page);
    }

    public async Task<PlanBuilderPage> OpenProgramAsync()
    {
        await Step("Program").ClickAsync();
        return await PlanBuilderPage.ExpectOpenAsync(page);
    }

    public async Task<ReviewPage> OpenReviewAsync()
    {
        await Step("Review").ClickAsync();
        return await ReviewPage.ExpectOpenAsync(page);
    }

    /// <summary>Records that the patient was referred, with <paramref name="reason"/>, and waits for the page to come back.</summary>
    public async Task RecordReferralAsync(string reason)
    {
        await Referred.CheckAsync();
        await Reason.FillAsync(reason);
        await RecordButton.ClickAsync();
        await Assertions.Expect(ResolveForm).ToBeHiddenAsync();
    }

    [GeneratedRegex("^Episode from ")]
    private static partial Regex EpisodeHeading();

    [GeneratedRegex("^Safety screening: ")]
    private static partial Regex SafetyHeading();
}
