using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using BackPlan.Clinical.Content;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// A demo patient switches the portal to Polish and reads today's exercises and a topic in Polish
/// (the libraries follow the UI culture). Reads only, so the demo history other journeys use is unchanged.
/// </summary>
public class PolishContentJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Patient_SwitchesToPolish_ReadsExercisesAndATopicInPolish()
    {
        var page = await NewPageAsync(DemoRole.PatientWithHistory);
        await TodayPage.OpenAsync(page);

        await new MainLayout(page).SwitchLanguageAsync("Polski", "pl");

        var names = await new TodayPage(page).ExerciseNamesAsync();
        var polishNames = ExerciseLibrary.AllIn(ContentLanguage.Polish).Select(e => e.Name).ToHashSet();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name.Trim(), polishNames));
        var first = page.Locator("fieldset.exercise-log details").First;
        await first.Locator("summary").ClickAsync();
        await Assertions.Expect(first.Locator("ol li").First).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Do przeczytania", Level = 2 })).ToBeVisibleAsync();
        var topicTitles = TopicLibrary.AllIn(ContentLanguage.Polish).Select(t => t.Title).ToHashSet();
        await page.Locator("ul.topics a").First.ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        Assert.Contains((await heading.InnerTextAsync()).Trim(), topicTitles);
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
