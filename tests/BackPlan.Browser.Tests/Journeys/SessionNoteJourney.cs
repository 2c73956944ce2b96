using System.Globalization;
using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class SessionNoteJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Practitioner_OpensNoteFromCalendar_AddsTechniqueSignsAndSeesItLocked()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        // The demo episode's session of yesterday at 11:15 (clinic time) has no note yet.
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, warsaw)).AddDays(-1);
        // The week view: the demo seeds "yesterday" by the UTC date, which differs from the clinic's in the last hour of a UTC day.
        await page.GotoAsync($"/calendar?date={yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&view=week");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "11:15–12:00" });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new("^Attendance and note") }).ClickAsync();

        var note = await SessionNotePage.ExpectOpenAsync(page);
        await Assertions.Expect(note.Subjective).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("NPRS 4 → 3 since the last visit"));
        await Accessibility.ExpectNoViolationsAsync(page);

        await note.FillNewTechniqueAsync("myofascial_release", "quadratus_lumborum", "left", "15", "3", "better");
        await note.SaveDraftButton.ClickAsync();
        await Assertions.Expect(note.Status.Filter(new() { HasText = "The draft is saved." })).ToBeVisibleAsync();
        await Assertions.Expect(note.Technique(1).GetByLabel("Minutes", new() { Exact = true })).ToHaveValueAsync("15");

        await note.SignOffButton.ClickAsync();
        await Assertions.Expect(note.Status.Filter(new() { HasText = "The note is signed and locked." })).ToBeVisibleAsync();
        await Assertions.Expect(note.TechniquesTable.GetByRole(AriaRole.Cell, new() { Name = "myofascial release", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(note.TechniquesTable.GetByRole(AriaRole.Cell, new() { Name = "better", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(note.SaveDraftButton).ToHaveCountAsync(0);
        await Assertions.Expect(note.SignOffButton).ToHaveCountAsync(0);
        await Assertions.Expect(note.AddAddendumButton).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
