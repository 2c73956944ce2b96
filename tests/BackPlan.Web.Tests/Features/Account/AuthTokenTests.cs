using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Account;

public class AuthTokenTests(BackPlanApp app)
{
    [Fact]
    public async Task Token_RightPassword_ReturnsBearerToken()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.PractitionerEmail, password = TestClinic.Password }, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
    }

    [Fact]
    public async Task Token_WrongPassword_Returns401Problem()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.PractitionerEmail, password = "wrong-Passw0rd" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Token_FiveFailures_LocksAccountEvenForRightPassword()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.FrontDeskEmail, password = "wrong-Passw0rd" }, TestContext.Current.CancellationToken);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.FrontDeskEmail, password = TestClinic.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_MissingFields_Returns400NamingThem()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task SignInPage_WrongPassword_ShowsMessageAndKeepsEmail()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = Browserless.NewClient(app);

        var response = await Browserless.PostFormAsync(client, "/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = clinic.AdminEmail,
            ["Input.Password"] = "wrong-Passw0rd",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("The email or password is not right.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{clinic.AdminEmail}\"", html, StringComparison.Ordinal);
    }
}
