using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// A patient with a few weeks of history, on a phone: ticks off today's exercises, then looks at
/// their progress, drawn by Radzen's chart with the table beside it. axe-core on both pages.
/// </summary>
public class HomeProgramJourney(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    [Fact]
    public async Task Patient_OnAPhone_TicksOffTodaysExercisesAndSeesAProgressChart()
    {
        var page = await NewPageAsync(DemoRole.PatientWithHistory, Phone);

        var today = await TodayPage.OpenAsync(page);
        await Assertions.Expect(today.Adherence).ToBeVisibleAsync();
        var exercises = await today.ExerciseNamesAsync();
        Assert.True(exercises.Count >= 2, $"expected the demo program's exercises, found {exercises.Count}");
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);

        await today.TickAsync(exercises[0], difficulty: "3", pain: "2");
        await today.TickAsync(exercises[1]);
        await today.SaveAsync();

        await Assertions.Expect(today.Saved).ToBeVisibleAsync();
        await Assertions.Expect(today.Done(exercises[0])).ToBeCheckedAsync();
        await Assertions.Expect(today.Done(exercises[1])).ToBeCheckedAsync();

        var progress = await ProgressPage.OpenAsync(page);
        await Assertions.Expect(progress.ChartDrawings.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("a clinically important improvement").First).ToBeVisibleAsync();
        Assert.True(await progress.DrawnLinesAsync() > 0, "The chart's svg holds no drawn line.");
        await Assertions.Expect(progress.Tables.First).ToBeVisibleAsync();
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
