using System.Net;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Staff;

public class StaffPagesTests(BackPlanApp app)
{
    [Fact]
    public async Task AddPractitioner_WithCredentials_AppearsInListAndCanSignIn()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var email = $"new-{clinic.Tag}@clinic.test";

        var response = await Browserless.PostFormAsync(admin, "/staff/new", "add-staff", new()
        {
            ["Input.FullName"] = "Iga Nowa",
            ["Input.Email"] = email,
            ["Input.Role"] = "Practitioner",
            ["Input.Password"] = "Fresh-Passw0rd",
            ["Input.Profession"] = "Massage therapist",
            ["Input.LicenceNumber"] = "MT-77",
            ["Input.IssuingBody"] = "Test Chamber",
            ["Input.LicenceExpiresOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var list = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iga Nowa", list, StringComparison.Ordinal);
        Assert.Contains("MT-77", list, StringComparison.Ordinal);
        Assert.Contains("Expires within 30 days", list, StringComparison.Ordinal);
        using var practitioner = await ApiClient.SignedInAsync(app, email, "Fresh-Passw0rd");
        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AddPractitioner_WithoutCredentials_ShowsErrorsBesideFieldsAndKeepsInput()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var response = await Browserless.PostFormAsync(admin, "/staff/new", "add-staff", new()
        {
            ["Input.FullName"] = "Kept Name",
            ["Input.Email"] = "kept@clinic.test",
            ["Input.Role"] = "Practitioner",
            ["Input.Password"] = "Fresh-Passw0rd",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("A practitioner needs a licence or registration number.", html, StringComparison.Ordinal);
        Assert.Contains("A practitioner needs the licence expiry date.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept Name\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkspacePage_Admin_WarnsAboutExpiringLicence()
    {
        var clinic = await TestClinic.CreateAsync(app, licenceExpiresOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5));
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var html = await admin.GetStringAsync("/workspace", TestContext.Current.CancellationToken);

        Assert.Contains("Licences needing attention", html, StringComparison.Ordinal);
        Assert.Contains($"Practitioner {clinic.Tag}", html, StringComparison.Ordinal);
    }
}
