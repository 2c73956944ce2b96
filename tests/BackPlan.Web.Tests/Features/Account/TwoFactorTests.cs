using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Account;

/// <summary>Issue 16, item 1: two-factor sign-in (TOTP and recovery codes), required for admins, by clinic for staff, optional for patients.</summary>
public partial class TwoFactorTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewAdmin_MustSetUpTwoFactor_BeforeAnythingElse_ThenSignsInWithACode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var email = await AddStaffAsync(clinic, Roles.Admin);

        // Password only: every page behind sign-in leads to the set-up page, the API says why.
        using var browser = await Browserless.SignedInAsync(app, email);
        using var staffPage = await browser.GetAsync("/staff", Ct);
        Assert.Equal(TwoFactor.SetupPath, staffPage.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fstaff", staffPage.RequestMessage.RequestUri.Query);
        using var token = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(TwoFactorSetupGate.ApiMessage, await TitleAsync(token));
        using var api = await browser.GetAsync("/api/v1/patients", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        using var fhir = await browser.GetAsync("/fhir/Patient", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, fhir.StatusCode);
        Assert.Contains("\"OperationOutcome\"", await fhir.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var codes = await EnrolThroughThePageAsync(browser, email);

        Assert.Equal(TwoFactor.RecoveryCodeCount, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff", Ct)).StatusCode);
        using var withoutCode = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Contains("two-factor code", await TitleAsync(withoutCode), StringComparison.Ordinal);
        using var client = await ApiClient.SignedInAsync(app, email, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/patients", Ct)).StatusCode);
        Assert.True(await clinic.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "account.two-factor.on", Ct)));
    }

    [Fact]
    public async Task SignInPage_AsksForTheCode_KeepsAWrongOne_AndTakesEachRecoveryCodeOnce()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using (var first = await Browserless.SignedInAsync(app, clinic.PractitionerEmail))
        {
            var codes = await EnrolThroughThePageAsync(first, clinic.PractitionerEmail);

            using var browser = Browserless.NewClient(app);
            var codeStep = await PasswordStepAsync(browser, clinic.PractitionerEmail);
            Assert.Equal(TwoFactor.CodePath, codeStep.AbsolutePath);
            Assert.Equal("/account/sign-in", (await browser.GetAsync("/workspace", Ct)).RequestMessage!.RequestUri!.AbsolutePath);

            using var wrong = await Browserless.PostFormAsync(browser, codeStep.PathAndQuery, "sign-in-code", new() { ["Input.Code"] = "000000" });
            var page = await wrong.Content.ReadAsStringAsync(Ct);
            Assert.Contains("The code is not right", page, StringComparison.Ordinal);
            Assert.Contains("value=\"000000\"", page, StringComparison.Ordinal);

            using var recovered = await Browserless.PostFormAsync(browser, codeStep.PathAndQuery, "sign-in-code", new() { ["Input.Code"] = codes[0].ToLowerInvariant() });
            Assert.Equal("/workspace", recovered.RequestMessage!.RequestUri!.AbsolutePath);

            using var again = Browserless.NewClient(app);
            var step = await PasswordStepAsync(again, clinic.PractitionerEmail);
            using var reused = await Browserless.PostFormAsync(again, step.PathAndQuery, "sign-in-code", new() { ["Input.Code"] = codes[0] });
            Assert.Contains("The code is not right", await reused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var withApp = await Browserless.SignedInAsync(app, clinic.PractitionerEmail); // the app's current code
        Assert.Equal(HttpStatusCode.OK, (await withApp.GetAsync("/workspace", Ct)).StatusCode);
    }

    [Fact]
    public async Task WrongCodes_LockTheAccount_AsWrongPasswordsDo()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient();

        string? title = null;
        for (var i = 0; i < 5; i++)
        {
            using var guess = await client.PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.AdminEmail, password = TestClinic.Password, code = "123456" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
            title = await TitleAsync(guess);
        }

        Assert.Contains("locked", title, StringComparison.Ordinal);
        using var right = await client.PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.AdminEmail, password = TestClinic.Password, code = TwoFactorKeys.CodeFor(clinic.AdminEmail) }, Ct);
        Assert.Contains("locked", await TitleAsync(right), StringComparison.Ordinal);

        // The page's code step counts the same failures: the account is locked there too.
        using var browser = Browserless.NewClient(app);
        var page = await (await Browserless.PostFormAsync(browser, "/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = clinic.AdminEmail,
            ["Input.Password"] = TestClinic.Password,
        })).Content.ReadAsStringAsync(Ct);
        Assert.Contains("locked after repeated failed sign-ins", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicRule_MakesEveryStaffMemberSetItUp_AndEndsTheirSessionsWithoutIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapistToken = await ApiClient.SignedInAsync(app, clinic.PractitionerEmail, TestClinic.Password);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        using var saved = await Browserless.PostFormAsync(admin, "/staff", "two-factor-rule", new() { ["RequireForStaff"] = "true" });

        Assert.Contains("Every staff member now signs in with two-factor", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await clinic.QueryAsync(db => db.Clinics.Where(c => c.Id == clinic.Id).Select(c => c.RequireTwoFactorForStaff).FirstAsync(Ct)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await therapistToken.GetAsync("/api/v1/patients", Ct)).StatusCode);
        using var refused = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.FrontDeskEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        Assert.Equal(TwoFactor.SetupPath, (await therapist.GetAsync("/patients", Ct)).RequestMessage!.RequestUri!.AbsolutePath);
        var setUp = await therapist.GetStringAsync(TwoFactor.SetupPath, Ct);
        Assert.DoesNotContain("two-factor-off", setUp, StringComparison.Ordinal);

        // Patients are not staff: the rule leaves them alone.
        using var patient = await ApiClient.SignedInAsync(app, clinic.PatientEmail, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync("/api/v1/me/program", Ct)).StatusCode);

        using var off = await Browserless.PostFormAsync(admin, "/staff", "two-factor-rule", []);
        Assert.False(await clinic.QueryAsync(db => db.Clinics.Where(c => c.Id == clinic.Id).Select(c => c.RequireTwoFactorForStaff).FirstAsync(Ct)));
        using var allowed = await ApiClient.SignedInAsync(app, clinic.FrontDeskEmail, TestClinic.Password);
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync("/api/v1/patients", Ct)).StatusCode);
    }

    [Fact]
    public async Task Patient_MayTurnItOn_AndOffWithACode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var browser = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal", Ct)).StatusCode); // not required: no detour

        await EnrolThroughThePageAsync(browser, clinic.PatientEmail);
        using var noCode = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PatientEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);

        using var wrong = await Browserless.PostFormAsync(browser, TwoFactor.SetupPath, "two-factor-off", new() { ["Input.Code"] = "999999" });
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var off = await Browserless.PostFormAsync(browser, TwoFactor.SetupPath, "two-factor-off", new() { ["Input.Code"] = TwoFactorKeys.CodeFor(clinic.PatientEmail)! });

        Assert.Contains("Two-factor sign-in is off.", await off.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var passwordOnly = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PatientEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, passwordOnly.StatusCode);
    }

    [Fact]
    public async Task Admin_CannotTurnItOff_ButCanResetAStaffMembers()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var own = await admin.GetStringAsync(TwoFactor.SetupPath, Ct);
        Assert.DoesNotContain("two-factor-off", own, StringComparison.Ordinal);
        using var tried = await Browserless.PostFormAsync(admin, TwoFactor.SetupPath, "two-factor-off", new() { ["Input.Code"] = TwoFactorKeys.CodeFor(clinic.AdminEmail)! });
        Assert.True(await IsEnabledAsync(clinic.AdminEmail));

        using (var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail))
        {
            await EnrolThroughThePageAsync(therapist, clinic.PractitionerEmail);
        }

        var staffId = await clinic.QueryAsync(db => db.Staff.Where(s => s.Email == clinic.PractitionerEmail).Select(s => s.Id).FirstAsync(Ct));
        using var reset = await Browserless.PostFormAsync(admin, "/staff", "sign-in", new() { ["Turn"] = $"reset:{staffId}" });

        Assert.Contains("is reset", await reset.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await IsEnabledAsync(clinic.PractitionerEmail));
        using var passwordOnly = await app.CreateClient().PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PractitionerEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, passwordOnly.StatusCode);
        Assert.True(await clinic.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "staff.two-factor.reset", Ct)));
    }

    [Fact]
    public async Task SetUpPage_ShowsAQrCodeOfTheKeyUri()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var browser = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);
        using var phone = await ApiClient.SignedInAsync(app, clinic.FrontDeskEmail, TestClinic.Password);

        var page = await browser.GetStringAsync(TwoFactor.SetupPath, Ct);

        Assert.Matches("<div class=\"qr\" role=\"img\" aria-label=\"[^\"]+\"><svg", page);
        var key = KeyPattern().Match(page).Groups[1].Value;
        Assert.Equal(32, key.Length); // 160 bits in base32, as RFC 4226 recommends
        Assert.Equal(key, KeyPattern().Match(await browser.GetStringAsync(TwoFactor.SetupPath, Ct)).Groups[1].Value); // one key until it is confirmed

        // Looking at the page changes nothing else: the account's other sessions go on (read afresh, not from the cache).
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(clinic.FrontDeskEmail);
        app.Services.GetRequiredService<SignInCheck>().Forget(user!.Id);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/patients", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/workspace", Ct)).StatusCode);
    }

    /// <summary>Sets two-factor sign-in up as a person would: the key from the page into an app, the app's code back.</summary>
    private static async Task<List<string>> EnrolThroughThePageAsync(HttpClient browser, string email)
    {
        var page = await browser.GetStringAsync(TwoFactor.SetupPath, Ct);
        var key = KeyPattern().Match(page).Groups[1].Value;
        using var wrong = await Browserless.PostFormAsync(browser, TwoFactor.SetupPath, "two-factor-on", new() { ["Input.Code"] = "12345" });
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var done = await Browserless.PostFormAsync(browser, TwoFactor.SetupPath, "two-factor-on", new() { ["Input.Code"] = TwoFactorKeys.CodeOf(key) });
        var shown = await done.Content.ReadAsStringAsync(Ct);
        TwoFactorKeys.Remember(email, key);
        return [.. RecoveryCodePattern().Matches(shown).Select(m => m.Groups[1].Value)];
    }

    private static async Task<Uri> PasswordStepAsync(HttpClient browser, string email)
    {
        using var response = await Browserless.PostFormAsync(browser, "/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestClinic.Password,
        });
        return response.RequestMessage!.RequestUri!;
    }

    private static async Task<string> AddStaffAsync(TestClinic clinic, string role) => await clinic.InScopeAsync(async sp =>
    {
        var email = $"new-{role.ToLowerInvariant()}-{clinic.Tag}@clinic.test";
        var (_, errors) = await sp.GetRequiredService<StaffAccounts>().CreateAsync(new StaffInput
        {
            FullName = $"New {role}",
            Email = email,
            Role = role,
            Password = TestClinic.Password,
        }, clinic.Id);
        Assert.Empty(errors);
        return email;
    });

    private async Task<bool> IsEnabledAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))!.TwoFactorEnabled;
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("title").GetString()!;

    [GeneratedRegex("data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
