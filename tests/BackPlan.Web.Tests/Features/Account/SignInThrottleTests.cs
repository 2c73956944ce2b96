using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Account;

/// <summary>An app with a small sign-in limit, and a client address each test chooses.</summary>
public sealed class ThrottledApp : BackPlanApp
{
    public const int Limit = 3;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("SignIn:AttemptLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SignIn:AttemptWindow", "01:00:00");
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientIpFromHeader>());
    }
}

/// <summary>Issue 16, item 1: sign-in attempts are throttled per client address on the token API and the pages alike.</summary>
public class SignInThrottleTests(ThrottledApp app) : IClassFixture<ThrottledApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenAndPageAttempts_CountTogether_PerAddress()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = ClientIpFromHeader.NewClient(app, "203.0.113.7");

        for (var i = 0; i < ThrottledApp.Limit - 1; i++)
        {
            using var guess = await client.PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PractitionerEmail, password = "Wrong-Passw0rd" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var pageTry = await Browserless.PostFormAsync(client, AccountApi.SignInPath, "sign-in", new()
        {
            ["Input.Email"] = clinic.FrontDeskEmail,
            ["Input.Password"] = "Wrong-Passw0rd",
        });
        Assert.Equal(HttpStatusCode.OK, pageTry.StatusCode); // the third attempt: refused by password, not by the limit

        using var api = await client.PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PractitionerEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains(SignInThrottle.Message, await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(api.Headers.Contains("Retry-After"));

        using var page = await Browserless.PostFormAsync(client, AccountApi.SignInPath, "sign-in", new()
        {
            ["Input.Email"] = clinic.PractitionerEmail,
            ["Input.Password"] = TestClinic.Password,
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Too many sign-in attempts from this address", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Showing pages is never limited, and another address signs in as usual.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AccountApi.SignInPath, Ct)).StatusCode);
        using var other = ClientIpFromHeader.NewClient(app, "198.51.100.20");
        using var fine = await other.PostAsJsonAsync(AccountApi.TokenPath, new { email = clinic.PractitionerEmail, password = TestClinic.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }
}
