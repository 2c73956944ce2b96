using System.Net;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Account;

/// <summary>Issue 16, item 3: signing out, or setting a new password, ends every session and revokes every token.</summary>
public class SignOutEverywhereTests(BackPlanApp app)
{
    [Fact]
    public async Task PageSignOut_EndsOtherSessionsAndTokens()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var laptop = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        using var phone = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        using var script = await ApiClient.SignedInAsync(app, clinic.PractitionerEmail, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);

        // The header's sign-out form, with the token of the page it sits on.
        var workspace = await laptop.GetStringAsync("/workspace", TestContext.Current.CancellationToken);
        using var signOut = await laptop.PostAsync("/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Browserless.AntiforgeryTokenOf(workspace)! }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode); // followed to the home page
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
        using var phonePage = await phone.GetAsync("/workspace", TestContext.Current.CancellationToken);
        Assert.Equal("/account/sign-in", phonePage.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Fact]
    public async Task ApiSignOut_RevokesEveryToken_AndASignInStillWorks()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var first = await ApiClient.SignedInAsync(app, clinic.FrontDeskEmail, TestClinic.Password);
        using var second = await ApiClient.SignedInAsync(app, clinic.FrontDeskEmail, TestClinic.Password);

        using var revoked = await first.PostAsync("/api/v1/auth/sign-out", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
        using var again = await ApiClient.SignedInAsync(app, clinic.FrontDeskEmail, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ApiSignOut_WithACookie_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var browser = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/api/v1/auth/sign-out", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/auth/sign-out", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task NewPassword_RevokesEarlierTokensAtOnce()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var script = await ApiClient.SignedInAsync(app, clinic.AdminEmail, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
        string userId, reset;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(clinic.AdminEmail))!;
            (userId, reset) = (user.Id, await users.GeneratePasswordResetTokenAsync(user));
        }

        using var browser = Browserless.NewClient(app);
        using var set = await Browserless.PostFormAsync(browser, $"/account/set-password?user={userId}&token={Uri.EscapeDataString(reset)}", "set-password", new()
        {
            ["password"] = "Another-Passw0rd",
            ["confirm"] = "Another-Passw0rd",
        });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
        using var renewed = await ApiClient.SignedInAsync(app, clinic.AdminEmail, "Another-Passw0rd");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
    }
}
