using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>The trail above an episode's pages (intake, examination, program, review): patient › episode.</summary>
public sealed partial class Breadcrumb(IPage page)
{
    public ILocator EpisodeLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = EpisodeText() }).First;

    public ILocator PatientLink(string fullName) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = fullName, Exact = true });

    public async Task<EpisodePage> BackToEpisodeAsync()
    {
        await EpisodeLink.ClickAsync();
        return await EpisodePage.ExpectOpenAsync(page);
    }

    [GeneratedRegex("^Episode from ")]
    private static partial Regex EpisodeText();
}
