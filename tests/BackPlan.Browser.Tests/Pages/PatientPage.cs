using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Patients/PatientPage.razor.</summary>
public sealed class PatientPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Consents => page.GetByRole(AriaRole.Heading, new() { Name = "Consents", Level = 2 });

    public ILocator BackToPatients => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Back to patients" });

    /// <summary>Waits for the page of the patient called "<paramref name="givenName"/> <paramref name="familyName"/>".</summary>
    public static async Task<PatientPage> ExpectOpenAsync(IPage page, string givenName, string familyName)
    {
        var patient = new PatientPage(page);
        await Assertions.Expect(patient.Heading).ToHaveTextAsync($"{givenName} {familyName}");
        return patient;
    }
}
