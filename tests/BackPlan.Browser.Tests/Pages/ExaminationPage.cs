using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Examinations/ExaminationPage.razor.</summary>
public sealed partial class ExaminationPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Examination", Level = 1 });

    public ILocator Finding => page.GetByLabel("Finding", new() { Exact = true });

    public ILocator Region => page.GetByLabel("Region", new() { Exact = true });

    public ILocator Side => page.GetByLabel("Side", new() { Exact = true });

    public ILocator AddButton => page.GetByRole(AriaRole.Button, new() { Name = "Add finding" });

    public ILocator Findings => page.GetByRole(AriaRole.Table, new() { Name = "Findings" });

    /// <summary>The link back to the episode in the breadcrumb ("Episode from …").</summary>
    public ILocator EpisodeLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = EpisodeLinkText() });

    /// <summary>A region of the body chart, by its accessible name ("Gluteus medius, left").</summary>
    public ILocator ChartRegion(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static async Task<ExaminationPage> ExpectOpenAsync(IPage page)
    {
        var examination = new ExaminationPage(page);
        await Assertions.Expect(examination.Heading).ToBeVisibleAsync();
        return examination;
    }

    /// <summary>
    /// Starts an episode for one of the demo clinic's patients (the <paramref name="patient"/>th
    /// listed; tests running side by side use different ones) and opens its examination.
    /// </summary>
    public static async Task<ExaminationPage> OpenForNewEpisodeAsync(IPage page, int patient)
    {
        var list = await PatientListPage.OpenAsync(page);
        await list.Table.GetByRole(AriaRole.Link).Nth(patient).ClickAsync();
        await page.GetByLabel("When did this episode of pain begin?").FillAsync(DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start episode and intake" }).ClickAsync();
        await page.WaitForURLAsync(IntakeUrl());
        await page.GotoAsync(IntakeUrl().Replace(page.Url, "/examination"));
        return await ExpectOpenAsync(page);
    }

    /// <summary>
    /// Clicks a region of the body chart (which preselects region and side in "Add a finding"),
    /// chooses the finding and severity, adds it and waits for it in the findings table.
    /// </summary>
    public async Task AddFindingFromChartAsync(string chartRegion, string finding, string severity)
    {
        await ChartRegion(chartRegion).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RegionQuery());
        await Finding.SelectOptionAsync(new SelectOptionValue { Label = finding });
        await page.GetByRole(AriaRole.Group, new() { Name = "Add a finding" }).GetByLabel(severity).CheckAsync();
        await AddButton.ClickAsync();
        await Assertions.Expect(Findings.GetByRole(AriaRole.Cell, new() { Name = finding, Exact = true })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/intake$")]
    private static partial Regex IntakeUrl();

    [GeneratedRegex(@"\?region=[a-z_]+&side=[a-z]+#add-finding$")]
    private static partial Regex RegionQuery();

    [GeneratedRegex("^Episode from ")]
    private static partial Regex EpisodeLinkText();
}
