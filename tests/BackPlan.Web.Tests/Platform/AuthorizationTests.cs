using System.Net;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Platform;

public class AuthorizationTests(BackPlanApp app)
{
    [Theory]
    [InlineData("GET", "/api/v1/patients")]
    [InlineData("GET", "/api/v1/patients/{patient}")]
    [InlineData("POST", "/api/v1/patients")]
    public async Task PatientRole_StaffApi_Returns403(string method, string path)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(clinic.PatientEmail);

        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{patient}", clinic.PatientId.ToString(), StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/patients")]
    [InlineData("/patients/new")]
    [InlineData("/staff")]
    [InlineData("/audit")]
    public async Task PatientRole_StaffPages_Returns403(string path)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("No access", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/audit")]
    public async Task Practitioner_AdminPages_Returns403(string path)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Api_Returns401Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Anonymous_StaffPage_RedirectsToSignIn()
    {
        using var client = Browserless.NewClient(app, followRedirects: false);

        var response = await client.GetAsync("/patients", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadBearerToken_Returns401()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
