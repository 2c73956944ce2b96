using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Setup/MySchedulePage.razor.</summary>
public sealed class MySchedulePage(IPage page)
{
    public ILocator WeeklyHours => page.GetByRole(AriaRole.Table, new() { Name = "Weekly working hours" });

    public static async Task<MySchedulePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/my-schedule");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Working hours and time off"), Level = 1 })).ToBeVisibleAsync();
        return new MySchedulePage(page);
    }

    public async Task AddHoursAsync(string day, string from, string until)
    {
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Add working hours" });
        await form.GetByLabel("Day").SelectOptionAsync(new SelectOptionValue { Label = day });
        await form.GetByLabel("From").FillAsync(from);
        await form.GetByLabel("Until").FillAsync(until);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add hours" }).ClickAsync();
    }
}

/// <summary>Features/Setup/BookingSetupPage.razor.</summary>
public sealed class BookingSetupPage(IPage page)
{
    public static async Task<BookingSetupPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/settings/booking");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Booking set-up", Level = 1 })).ToBeVisibleAsync();
        return new BookingSetupPage(page);
    }

    public ILocator TypeForm => page.GetByRole(AriaRole.Group, new() { Name = "Add an appointment type" });

    public async Task AddTypeAsync(string name, string minutes)
    {
        var form = TypeForm;
        await form.GetByLabel("Name").FillAsync(name);
        await form.GetByLabel("Length in minutes").FillAsync(minutes);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add type" }).ClickAsync();
    }
}
