using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/HomeProgram/TodayPage.razor: today's home exercises at /portal/today.</summary>
public sealed class TodayPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Today's exercises", Level = 1 });

    /// <summary>One fieldset per exercise, named by the exercise (its legend).</summary>
    public ILocator Exercises => page.Locator("fieldset.exercise-log");

    public ILocator Saved => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved. Thank you!" });

    public ILocator Adherence => page.GetByRole(AriaRole.Heading, new() { Name = "Home exercises done", Level = 2 });

    public static async Task<TodayPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/portal/today");
        var today = new TodayPage(page);
        await Assertions.Expect(today.Heading).ToBeVisibleAsync();
        return today;
    }

    public async Task<IReadOnlyList<string>> ExerciseNamesAsync() =>
        await Exercises.Locator("legend").AllInnerTextsAsync();

    public ILocator Done(string exercise) => page.GetByLabel($"I did {exercise} today");

    public ILocator Exercise(string exercise) => Exercises.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = exercise, Exact = true }) });

    public async Task TickAsync(string exercise, string? difficulty = null, string? pain = null)
    {
        await Done(exercise).CheckAsync();
        var row = Exercise(exercise);
        if (difficulty is not null)
        {
            await row.GetByLabel("How hard was it?").SelectOptionAsync(difficulty);
        }

        if (pain is not null)
        {
            await row.GetByLabel("Pain while or after doing it").SelectOptionAsync(pain);
        }
    }

    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Save today's exercises" }).ClickAsync();
}
