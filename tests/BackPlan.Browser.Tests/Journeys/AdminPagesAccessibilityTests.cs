using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>axe-core (WCAG 2.1 A/AA) on the admin pages (staff, audit log, outcomes), in the states a user sees them.</summary>
public class AdminPagesAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task StaffListPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        var staff = await StaffListPage.OpenAsync(page);
        await Assertions.Expect(staff.Row("Tomasz Terapeuta")).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task AddStaffPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        await AddStaffPage.OpenAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task AddStaffPage_AfterFailedSubmit_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        var form = await AddStaffPage.OpenAsync(page);
        await form.SubmitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task AuditLogPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        var log = await AuditLogPage.OpenAsync(page);
        await Assertions.Expect(log.UserFilter).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task OutcomesPage_DemoClinic_ChartAndTableHaveNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Admin);
        var outcomes = await OutcomesPage.OpenAsync(page);
        await Assertions.Expect(outcomes.ChartTable).ToBeVisibleAsync();
        await Assertions.Expect(outcomes.Chart).ToBeVisibleAsync();
        await Assertions.Expect(outcomes.Recompute).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
