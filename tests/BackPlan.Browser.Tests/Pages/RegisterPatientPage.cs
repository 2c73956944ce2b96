using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Patients/RegisterPatientPage.razor.</summary>
public sealed class RegisterPatientPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Register a patient", Level = 1 });

    public ILocator GivenName => page.GetByLabel("Given name");

    public ILocator FamilyName => page.GetByLabel("Family name");

    public ILocator DateOfBirth => page.GetByLabel("Date of birth");

    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });

    public ILocator Phone => page.GetByLabel("Phone", new() { Exact = true });

    public ILocator City => page.GetByLabel("City", new() { Exact = true });

    public ILocator ConsentToDataProcessing => page.GetByLabel("The patient consents to BackPlan processing their health data for their care.");

    public ILocator ConsentToTreatment => page.GetByLabel("The patient consents to assessment and treatment.");

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Please correct the marked fields." });

    public static async Task<RegisterPatientPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/patients/new");
        var form = new RegisterPatientPage(page);
        await Assertions.Expect(form.Heading).ToBeVisibleAsync();
        return form;
    }

    public async Task FillAsync(NewPatient patient)
    {
        await GivenName.FillAsync(patient.GivenName);
        await FamilyName.FillAsync(patient.FamilyName);
        if (patient.DateOfBirth is { } dob)
        {
            await DateOfBirth.FillAsync(dob.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        await Email.FillAsync(patient.Email);
        await Phone.FillAsync(patient.Phone);
        await City.FillAsync(patient.City);
        await ConsentToDataProcessing.SetCheckedAsync(patient.ConsentToDataProcessing);
        await ConsentToTreatment.SetCheckedAsync(patient.ConsentToTreatment);
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Register patient" }).ClickAsync();
}

/// <summary>What a journey types into the register form; names carry a unique tag so searches find only this test's patient.</summary>
public sealed record NewPatient(string GivenName, string FamilyName, DateOnly? DateOfBirth, string Email, string Phone, string City,
    bool ConsentToDataProcessing = true, bool ConsentToTreatment = true)
{
    public static NewPatient Unique()
    {
        // Letters only: the tag becomes part of a family name.
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));
        return new("Ewa", $"Browser{tag}", new DateOnly(1984, 3, 9), $"ewa.{tag}@example.com", "+48 601 200 300", "Kraków");
    }
}
