using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Patients;

public class PatientPagesTests(BackPlanApp app)
{
    [Fact]
    public async Task RegisterForm_ValidInput_ShowsPatientPageWithConsents()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var response = await Browserless.PostFormAsync(client, "/patients/new", "register-patient", new()
        {
            ["Input.GivenName"] = "Zofia",
            ["Input.FamilyName"] = "Form" + clinic.Tag,
            ["Input.DateOfBirth"] = "1970-01-31",
            ["Input.Email"] = "zofia@example.com",
            ["Input.ConsentToDataProcessing"] = "true",
            ["Input.ConsentToTreatment"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Matches("/patients/[0-9a-f-]{36}$", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1>Zofia Form" + clinic.Tag + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"Given, recorded by Practitioner {clinic.Tag}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterForm_MissingFields_ShowsErrorsBesideFieldsAndKeepsInput()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var response = await Browserless.PostFormAsync(client, "/patients/new", "register-patient", new()
        {
            ["Input.GivenName"] = "Kept",
            ["Input.Email"] = "nope",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.EndsWith("/patients/new", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Please correct the marked fields.", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);
        Assert.Contains("Enter the date of birth.", html, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nope\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_Search_FindsPatientAndLinksToPage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Lena", "Listed" + clinic.Tag);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var html = await client.GetStringAsync($"/patients?search=listed{clinic.Tag}", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/patients/{patient.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("1 patients", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_Polish_ShowsPolishLabels()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        await client.GetAsync("/culture/pl?returnUrl=/", TestContext.Current.CancellationToken);

        var html = await client.GetStringAsync("/patients", TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Pacjenci</h1>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"pl\"", html, StringComparison.Ordinal);
    }
}
