using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>axe-core (WCAG 2.1 A/AA) on the patient pages, in the states a user sees them.</summary>
public class PatientPagesAccessibilityTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task PatientListPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var list = await PatientListPage.OpenAsync(page);
        await Assertions.Expect(list.Table).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task PatientListPage_InPolish_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await page.GotoAsync("/culture/pl?returnUrl=%2Fpatients");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pacjenci", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task RegisterPatientPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await RegisterPatientPage.OpenAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task RegisterPatientPage_AfterFailedSubmit_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var form = await RegisterPatientPage.OpenAsync(page);
        await form.SubmitAsync();
        await Assertions.Expect(form.ErrorSummary).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task PatientPage_HasNoViolations()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var list = await PatientListPage.OpenAsync(page);
        await list.Table.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(new PatientPage(page).Consents).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
