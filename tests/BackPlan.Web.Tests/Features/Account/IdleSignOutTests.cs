using System.Net;
using BackPlan.Web.Tests.Features.Inquiries;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Account;

/// <summary>An app whose clock the tests move forward, with the default idle limits (15 minutes for staff, 30 for patients).</summary>
public sealed class IdleClockApp : BackPlanApp
{
    public InquiryApp.ShiftedTime Time { get; } = new();

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
}

/// <summary>Issue 16, item 3: automatic log-off after the idle limit, checked by the server (decision 0030).</summary>
public sealed class IdleSignOutTests(IdleClockApp app) : IClassFixture<IdleClockApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_UsedEvery14Minutes_StaysSignedIn_Unused15Minutes_SignedOutAndToldWhy()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        app.Time.Pass(TimeSpan.FromMinutes(14));
        Assert.Equal("/workspace", await PathAfterAsync(client, "/workspace"));
        app.Time.Pass(TimeSpan.FromMinutes(14));
        Assert.Equal("/workspace", await PathAfterAsync(client, "/workspace"));
        app.Time.Pass(TimeSpan.FromMinutes(15));
        var timedOut = await client.GetAsync("/workspace", Ct);
        var page = await timedOut.Content.ReadAsStringAsync(Ct);

        Assert.Equal("/account/sign-in", timedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("idle=1", timedOut.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
        Assert.Contains("You were signed out because the page was not used for a while.", page, StringComparison.Ordinal);
        // The cookie is gone: the next page asks to sign in, without the time-out notice.
        var again = await client.GetAsync("/workspace", Ct);
        Assert.Equal("/account/sign-in", again.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("idle=1", again.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patient_HasThirtyMinutes()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        app.Time.Pass(TimeSpan.FromMinutes(20));
        Assert.Equal("/portal", await PathAfterAsync(client, "/portal"));
        app.Time.Pass(TimeSpan.FromMinutes(31));

        Assert.Equal("/account/sign-in", await PathAfterAsync(client, "/portal"));
    }

    [Fact]
    public async Task KeepAlive_RenewsTheSession_WithoutASessionRedirectsInsteadOf204()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        app.Time.Pass(TimeSpan.FromMinutes(14));
        var kept = await client.GetAsync("/account/keep-alive", Ct);
        app.Time.Pass(TimeSpan.FromMinutes(14));

        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        Assert.True(kept.Headers.CacheControl?.NoStore);
        Assert.Equal("/workspace", await PathAfterAsync(client, "/workspace"));
        // The page's script asks with redirect: "manual" and reloads on anything but 204.
        using var anonymous = Browserless.NewClient(app, followRedirects: false);
        var refused = await anonymous.GetAsync("/account/keep-alive", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/sign-in", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesSignOut_EndsThisBrowserOnly()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var idle = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        using var elsewhere = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var token = Browserless.AntiforgeryTokenOf(await idle.GetStringAsync("/workspace", Ct))!;

        var signedOut = await idle.PostAsync("/account/idle-sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal("/account/sign-in", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?idle=1", signedOut.RequestMessage.RequestUri.Query);
        Assert.Equal("/account/sign-in", await PathAfterAsync(idle, "/workspace"));
        Assert.Equal("/workspace", await PathAfterAsync(elsewhere, "/workspace"));
    }

    [Fact]
    public async Task Pages_CarryTheWarningWithTheLimitOfTheRole_PublicPagesDoNot()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var staff = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        using var anonymous = Browserless.NewClient(app);

        var staffPage = await staff.GetStringAsync("/workspace", Ct);
        var patientPage = await patient.GetStringAsync("/portal", Ct);

        // The page signs out a minute before the server would (IdleSignOutOptions.InBrowserFor).
        Assert.Contains("data-idle-seconds=\"840\"", staffPage, StringComparison.Ordinal);
        Assert.Contains("data-warning-seconds=\"120\"", staffPage, StringComparison.Ordinal);
        Assert.Contains("signed out after 15 minutes without activity", staffPage, StringComparison.Ordinal);
        Assert.Contains("data-idle-seconds=\"1740\"", patientPage, StringComparison.Ordinal);
        Assert.DoesNotContain("idle-warning", await anonymous.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    private static async Task<string> PathAfterAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        response.EnsureSuccessStatusCode();
        return response.RequestMessage!.RequestUri!.AbsolutePath;
    }
}
