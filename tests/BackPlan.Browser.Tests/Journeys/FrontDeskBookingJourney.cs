using System.Globalization;
using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class FrontDeskBookingJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task FrontDesk_BooksAFreeTimeFromTheDayGrid_ThenMovesItToAnother()
    {
        var page = await NewPageAsync(DemoRole.FrontDesk);
        // A Wednesday ten weeks ahead (clinic time): clear of the demo's own visits; Tomasz works 08:00–16:00.
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, warsaw)).AddDays(70);
        day = day.AddDays(((int)DayOfWeek.Wednesday - (int)day.DayOfWeek + 7) % 7);
        var calendar = await CalendarPage.OpenAsync(page, day);
        await Assertions.Expect(calendar.DayGrid).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);

        await calendar.FreeTime("Tomasz Terapeuta", "14:00").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Practitioner *")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".+"));
        await Assertions.Expect(page.GetByLabel("Start time (quarter hours)")).ToHaveValueAsync("14:00");
        await Assertions.Expect(page.GetByLabel("Date *")).ToHaveValueAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Patient *").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await calendar.BookButton.ClickAsync();

        await Assertions.Expect(calendar.Status.Filter(new() { HasText = "The appointment is booked." })).ToBeVisibleAsync();
        await Assertions.Expect(calendar.Appointment("14:00–14:30")).ToBeVisibleAsync();
        await Assertions.Expect(calendar.FreeTime("Tomasz Terapeuta", "14:00")).ToHaveCountAsync(0);

        await calendar.RescheduleLink("14:00–14:30").ClickAsync();
        await Assertions.Expect(calendar.RescheduleHeading).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await calendar.ChooseFreeTimeLink.ClickAsync();
        await calendar.MoveHere("Tomasz Terapeuta", "15:15").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Start time (quarter hours)")).ToHaveValueAsync("15:15");
        await calendar.MoveButton.ClickAsync();

        await Assertions.Expect(calendar.Status.Filter(new() { HasText = "The appointment is moved" })).ToBeVisibleAsync();
        await Assertions.Expect(calendar.Appointment("15:15–15:45")).ToBeVisibleAsync();
        await Assertions.Expect(calendar.Appointment("14:00–14:30")).ToHaveCountAsync(0);
        await Assertions.Expect(calendar.FreeTime("Tomasz Terapeuta", "14:00")).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task FrontDesk_FiltersTheWeekByPractitioner_FilterStaysWhenPaging()
    {
        var page = await NewPageAsync(DemoRole.FrontDesk);
        await page.GotoAsync("/calendar?view=week");
        var calendar = await CalendarPage.ExpectOpenAsync(page);
        await Assertions.Expect(calendar.PractitionerSection("Marta Masażystka")).ToBeVisibleAsync();

        await calendar.PractitionerFilter.SelectOptionAsync(new SelectOptionValue { Label = "Tomasz Terapeuta" });
        await calendar.ShowButton.ClickAsync();

        await Assertions.Expect(calendar.PractitionerSection("Tomasz Terapeuta")).ToBeVisibleAsync();
        await Assertions.Expect(calendar.PractitionerSection("Marta Masażystka")).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next week" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=week&who="));
        await Assertions.Expect(calendar.PractitionerSection("Marta Masażystka")).ToHaveCountAsync(0);
        await Assertions.Expect(calendar.PractitionerFilter).Not.ToHaveValueAsync("");
    }
}
