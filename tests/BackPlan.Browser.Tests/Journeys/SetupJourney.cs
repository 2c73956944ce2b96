using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>Clinic set-up in the browser: a practitioner's own hours, the admin's booking set-up, the alerts page; axe on each.</summary>
public class SetupJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Practitioner_AddsWorkingHours_SeesThemListed()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var schedule = await MySchedulePage.OpenAsync(page);

        await schedule.AddHoursAsync("Sunday", "05:00", "05:30");

        await Assertions.Expect(schedule.WeeklyHours.GetByRole(AriaRole.Row).Filter(new() { HasText = "05:00–05:30" })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task Admin_AddsTypeWithBadLength_SeesTheErrorBesideTheField()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        var setup = await BookingSetupPage.OpenAsync(page);

        await setup.AddTypeAsync("Long massage", "50");

        await Assertions.Expect(page.GetByText("Give a length from 15 to 240 minutes in steps of 15.")).ToBeVisibleAsync();
        await Assertions.Expect(setup.TypeForm.GetByLabel("Name")).ToHaveValueAsync("Long massage");
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task AlertsPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await page.GotoAsync("/alerts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alerts", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
