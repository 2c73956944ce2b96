using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Appointments/CalendarPage.razor: the day grid, the booking form, and the reschedule page it leads to.</summary>
public sealed class CalendarPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Calendar", Level = 1 });

    public ILocator DayGrid => page.GetByRole(AriaRole.Table).Filter(new() { HasText = "appointments and free times by practitioner" });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The day and week views' "Practitioner" filter (a GET form).</summary>
    public ILocator PractitionerFilter => page.Locator("#who");

    public ILocator ShowButton => page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true });

    /// <summary>A practitioner's section of the week view, found by its heading.</summary>
    public ILocator PractitionerSection(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 2, Exact = true });

    public ILocator BookButton => page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true });

    public static async Task<CalendarPage> OpenAsync(IPage page, DateOnly day)
    {
        await page.GotoAsync($"/calendar?date={day:yyyy-MM-dd}");
        return await ExpectOpenAsync(page);
    }

    public static async Task<CalendarPage> ExpectOpenAsync(IPage page)
    {
        var calendar = new CalendarPage(page);
        await Assertions.Expect(calendar.Heading).ToBeVisibleAsync();
        return calendar;
    }

    /// <summary>The "Book" link of a free time, e.g. ("Tomasz Terapeuta", "14:00").</summary>
    public ILocator FreeTime(string practitioner, string time) =>
        DayGrid.GetByRole(AriaRole.Link, new() { Name = $"Book {practitioner} at {time}", Exact = true });

    /// <summary>The "Move here" link of a free time while an appointment is being moved.</summary>
    public ILocator MoveHere(string practitioner, string time) =>
        DayGrid.GetByRole(AriaRole.Link, new() { Name = $"Move here: {practitioner} at {time}", Exact = true });

    /// <summary>The grid cell of an appointment, found by its time span, e.g. "14:00–14:30".</summary>
    public ILocator Appointment(string span) => DayGrid.GetByRole(AriaRole.Cell).Filter(new() { HasText = span });

    public ILocator RescheduleLink(string span) => Appointment(span).GetByRole(AriaRole.Link, new() { NameRegex = new("^Reschedule") });

    public ILocator RescheduleHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Reschedule the appointment", Level = 1 });

    public ILocator ChooseFreeTimeLink => page.GetByRole(AriaRole.Link, new() { Name = "Choose a free time in the calendar" });

    public ILocator MoveButton => page.GetByRole(AriaRole.Button, new() { Name = "Move the appointment" });
}
