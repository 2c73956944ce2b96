using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class LanguageJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task SwitchToPolish_RegisterForm_ShowsPolishLabels()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        await RegisterPatientPage.OpenAsync(page);

        await new MainLayout(page).SwitchLanguageAsync("Polski", "pl");

        // Still on the same page, now in Polish.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zarejestruj pacjenta", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Imię", new() { Exact = false }).First).ToBeEditableAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zarejestruj pacjenta" })).ToBeVisibleAsync();
        await Assertions.Expect(new MainLayout(page).NavLink("Pacjenci")).ToBeVisibleAsync();

        // The choice sticks for the next page, and English comes back on request.
        await page.GotoAsync("/patients");
        await Assertions.Expect(page.GetByLabel("Szukaj po nazwisku, e-mailu lub telefonie")).ToBeVisibleAsync();
        await new MainLayout(page).SwitchLanguageAsync("English", "en");
        await PatientListPage.ExpectOpenAsync(page);
    }
}
