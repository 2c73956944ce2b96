using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Account;

/// <summary>Disabled accounts and revoked sessions stop working within seconds, on cookie and token alike.</summary>
public sealed class SignInCheckTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminTurnsSignInOff_TokenAndCookieStopAtOnce_SignInRefusedWithReason_OnAgainWorks()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var token = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var cookie = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/patients", Ct)).StatusCode);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var staffId = await StaffIdAsync(clinic.PractitionerEmail);

        var off = await Browserless.PostFormAsync(admin, "/staff", "sign-in", new() { ["Turn"] = $"off:{staffId}" });

        Assert.Contains("Sign-in turned off", await off.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/patients", Ct)).StatusCode);
        var page = await cookie.GetAsync("/patients", Ct);
        Assert.Equal("/account/sign-in", page.RequestMessage!.RequestUri!.AbsolutePath);
        var refused = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.PractitionerEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("turned off", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Someone without the password does not learn that the account exists but is off.
        var guessed = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = clinic.PractitionerEmail, password = "not-the-password" }, Ct);
        Assert.DoesNotContain("turned off", await guessed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await Browserless.PostFormAsync(admin, "/staff", "sign-in", new() { ["Turn"] = $"on:{staffId}" });

        using var again = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/patients", Ct)).StatusCode);
        // Tokens from before the change stay revoked.
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/patients", Ct)).StatusCode);
    }

    [Fact]
    public async Task AdminCannotTurnOffOwnSignIn()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        await Browserless.PostFormAsync(admin, "/staff", "sign-in", new() { ["Turn"] = $"off:{await StaffIdAsync(clinic.AdminEmail)}" });

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/staff", Ct)).StatusCode);
        Assert.Equal("/staff", (await admin.GetAsync("/staff", Ct)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task StampChangedElsewhere_TokenStopsWithinTheRecheckInterval()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var token = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/patients", Ct)).StatusCode);

        // As another instance would: the database changes, this instance's cache is not told.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
            await db.Users.Where(u => u.Email == clinic.PractitionerEmail)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N")), Ct);
        }

        var interval = new SignInCheckOptions().RecheckInterval;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await token.GetAsync("/api/v1/patients", Ct)).StatusCode == HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < interval + TimeSpan.FromSeconds(10), $"the revoked token still worked after {waited.Elapsed}");
            await Task.Delay(250, Ct);
        }
    }

    [Fact]
    public async Task PasswordSignInAfterRevoke_NewSessionWorksAtOnce()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var before = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/patients", Ct)).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(clinic.PractitionerEmail))!);
        }

        // The cache still holds the old stamp; the new session must not be refused for it.
        using var after = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/v1/patients", Ct)).StatusCode);
    }

    private async Task<Guid> StaffIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        return await db.Staff.IgnoreQueryFilters().Where(s => s.Email == email).Select(s => s.Id).SingleAsync(Ct);
    }
}
