using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Patients/PatientPage.razor.</summary>
public sealed partial class PatientPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Consents => page.GetByRole(AriaRole.Heading, new() { Name = "Consents", Level = 2 });

    public ILocator BackToPatients => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Back to patients" });

    /// <summary>The links to the patient's episodes ("Episode from …").</summary>
    public ILocator EpisodeLinks => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = EpisodeLinkText() });

    public ILocator StartEpisodeForm => page.GetByRole(AriaRole.Group, new() { Name = "Start an episode of care" });

    public ILocator Onset => StartEpisodeForm.GetByLabel("When did this episode of pain begin?");

    /// <summary>Waits for the page of the patient called "<paramref name="givenName"/> <paramref name="familyName"/>".</summary>
    public static async Task<PatientPage> ExpectOpenAsync(IPage page, string givenName, string familyName)
    {
        var patient = new PatientPage(page);
        await Assertions.Expect(patient.Heading).ToHaveTextAsync($"{givenName} {familyName}");
        return patient;
    }

    /// <summary>Starts an episode whose pain began <paramref name="daysAgo"/> days ago and waits for its intake.</summary>
    public async Task<IntakePage> StartEpisodeAsync(int daysAgo)
    {
        await Onset.FillAsync(DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await StartEpisodeForm.GetByRole(AriaRole.Button, new() { Name = "Start episode and intake" }).ClickAsync();
        return await IntakePage.ExpectOpenAsync(page);
    }

    [GeneratedRegex("^Episode from ")]
    private static partial Regex EpisodeLinkText();
}
