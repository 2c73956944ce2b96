using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class RegisterPatientJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Practitioner_RegistersPatient_FindsThemInTheList()
    {
        var page = await NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync("therapist@demo.backplan.test", BackPlanServer.DemoPassword);
        await HomePage.ExpectSignedInAsync(page);

        var patient = NewPatient.Unique();
        await new MainLayout(page).NavLink("Patients").ClickAsync();
        var list = await PatientListPage.ExpectOpenAsync(page);
        await list.RegisterLink.ClickAsync();
        var form = new RegisterPatientPage(page);
        await Assertions.Expect(form.Heading).ToBeVisibleAsync();
        await form.FillAsync(patient);
        await form.SubmitAsync();

        var record = await PatientPage.ExpectOpenAsync(page, patient.GivenName, patient.FamilyName);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(patient.Email);
        await Assertions.Expect(main).ToContainTextAsync(patient.Phone);
        await Assertions.Expect(main).ToContainTextAsync("Given, recorded by");

        await record.BackToPatients.ClickAsync();
        list = await PatientListPage.ExpectOpenAsync(page);
        await list.SearchAsync(patient.FamilyName);
        await Assertions.Expect(list.Table.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await list.PatientLink(patient.GivenName, patient.FamilyName).ClickAsync();
        await PatientPage.ExpectOpenAsync(page, patient.GivenName, patient.FamilyName);
    }

    [Fact]
    public async Task RegisterForm_MissingFields_ShowsErrorsBesideFieldsAndKeepsInput()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var form = await RegisterPatientPage.OpenAsync(page);
        await form.GivenName.FillAsync("Ewa");
        await form.Email.FillAsync("ewa@example.com");
        await form.ConsentToTreatment.CheckAsync();

        await form.SubmitAsync();

        await Assertions.Expect(form.ErrorSummary).ToBeVisibleAsync();
        // Each message is next to its field and announced with it (aria-describedby).
        await Assertions.Expect(form.FamilyName).ToHaveAccessibleDescriptionAsync("This field is required.");
        await Assertions.Expect(form.DateOfBirth).ToHaveAccessibleDescriptionAsync("Enter the date of birth.");
        await Assertions.Expect(form.ConsentToDataProcessing).ToHaveAccessibleDescriptionAsync(
            "A patient record needs the patient's consent to processing their health data.");
        await Assertions.Expect(form.FamilyName).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GivenName).Not.ToHaveAttributeAsync("aria-invalid", "true");
        // What was typed is still there.
        await Assertions.Expect(form.GivenName).ToHaveValueAsync("Ewa");
        await Assertions.Expect(form.Email).ToHaveValueAsync("ewa@example.com");
        await Assertions.Expect(form.ConsentToTreatment).ToBeCheckedAsync();
        await Assertions.Expect(form.ConsentToDataProcessing).Not.ToBeCheckedAsync();
    }
}
