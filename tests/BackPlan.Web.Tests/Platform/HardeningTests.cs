using System.Net;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Platform;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

/// <summary>Issue 16, hardening: cookies, antiforgery, open redirects, common passwords, keys in the database, TLS to PostgreSQL.</summary>
public class HardeningTests(BackPlanApp app)
{
    [Fact]
    public async Task Cookies_OverHttps_AreSecureHttpOnlyAndSameSite()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://clinic.example/"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using var signIn = await Browserless.PostFormAsync(client, "/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = clinic.PractitionerEmail, // one step: an admin's first answer sets the two-factor step's cookie
            ["Input.Password"] = TestClinic.Password,
        });

        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("backplan.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        using var fresh = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://clinic.example/"), AllowAutoRedirect = false });
        using var page = await fresh.GetAsync("/account/sign-in", TestContext.Current.CancellationToken); // the antiforgery cookie
        using var culture = await fresh.GetAsync("/culture/pl?returnUrl=/", TestContext.Current.CancellationToken);
        foreach (var cookie in page.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie")))
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static TheoryData<string> Elsewhere => new()
    {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/\t/evil.example/",
        "\\\\evil.example",
        "javascript:alert(1)",
        " /staff",
    };

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public async Task LanguageSwitch_ToAnotherSite_GoesHomeInstead(string returnUrl)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/culture/en?returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public async Task SignIn_WithReturnToAnotherSite_GoesToTheStartPage(string returnUrl)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await Browserless.PostFormAsync(client, $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "sign-in", new()
        {
            ["Input.Email"] = clinic.PractitionerEmail,
            ["Input.Password"] = TestClinic.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountApi.StartPath, OnThisSite(response));
    }

    [Fact]
    public async Task SignIn_WithLocalReturn_GoesThere()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await Browserless.PostFormAsync(client, "/account/sign-in?ReturnUrl=%2Fpatients%3Fsearch%3Da", "sign-in", new()
        {
            ["Input.Email"] = clinic.PractitionerEmail,
            ["Input.Password"] = TestClinic.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/patients?search=a", OnThisSite(response));
    }

    /// <summary>The redirect's path and query, after checking it stays on the test server's host.</summary>
    private static string OnThisSite(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("no Location");
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/"), location);
        Assert.Equal("localhost", absolute.Host);
        return absolute.PathAndQuery;
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/patients?search=a", true)]
    [InlineData("/portal/access-log#top", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\r\n/evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("~/patients", false)]
    public void LocalUrl_OnlyPathsOfThisSite(string? url, bool local) => Assert.Equal(local, LocalUrl.IsLocal(url));

    [Fact]
    public void EveryFormEndpoint_ValidatesAntiforgery()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Where(e => e.RoutePattern.RawText is { } route && !route.StartsWith("/api/", StringComparison.Ordinal) && !route.StartsWith("/fhir", StringComparison.Ordinal)
                && !route.StartsWith("/_blazor", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(endpoints);
        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: true })
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(unprotected.Count == 0, "POST endpoints without antiforgery: " + string.Join(", ", unprotected));
    }

    [Fact]
    public async Task FormPost_WithoutToken_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        foreach (var path in new[] { "/staff/new", "/account/sign-out", "/outcomes/recompute" })
        {
            using var form = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "add-staff" }), TestContext.Current.CancellationToken);
            Assert.True(form.StatusCode == HttpStatusCode.BadRequest, $"{path}: {form.StatusCode}");
            Assert.Contains("Go back, reload the page and send it again.", await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // A cross-site form can also post text/plain, which the antiforgery middleware does not read.
        using var plain = await client.PostAsync("/account/sign-out", new StringContent("x=1"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        // The person sees what happened and what to do.
        Assert.Contains("Go back, reload the page and send it again.", await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff", TestContext.Current.CancellationToken)).StatusCode); // still signed in
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("1234567890")]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024")]
    [InlineData("!!Iloveyou!!")]
    [InlineData("Football1234")]
    [InlineData("QWERTY123456")]
    public void CommonPasswords_AreRecognised(string password) => Assert.True(CommonPasswords.IsCommon(password), password);

    [Theory]
    [InlineData(TestClinic.Password)]
    [InlineData("Fresh-Passw0rd")]
    [InlineData("kettle-orchard-violin")]
    [InlineData("Xq7#mB2!vLp9")]
    [InlineData("ab1234567890")] // a core of two letters is no list word
    public void UncommonPasswords_Pass(string password) => Assert.False(CommonPasswords.IsCommon(password), password);

    [Fact]
    public async Task AddStaff_WithCommonPassword_ErrorBesidePasswordAndNothingStored()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var email = $"common-{clinic.Tag}@clinic.test";

        using var response = await Browserless.PostFormAsync(admin, "/staff/new", "add-staff", new()
        {
            ["Input.FullName"] = "Common Choice",
            ["Input.Email"] = email,
            ["Input.Role"] = "FrontDesk",
            ["Input.Password"] = "Password1234",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("This password is one of the most common passwords.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Common Choice\"", html, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await ApiClient.SignedInAsync(app, clinic.AdminEmail, TestClinic.Password); // issues a protected token

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key id=", k.Xml, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Database=bp", "Require")]
    [InlineData("Host=db;Database=bp;SSL Mode=Prefer", "Require")]
    [InlineData("Host=db;Database=bp;SSL Mode=Allow", "Require")]
    [InlineData("Host=db;Database=bp;SSL Mode=VerifyFull", "VerifyFull")]
    [InlineData("Host=db;Database=bp;SSL Mode=VerifyCA", "VerifyCA")]
    public void RequireTls_RaisesWeakerModesToRequire(string connection, string mode) =>
        Assert.Equal(mode, new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithTlsRequired(connection)).SslMode.ToString());

    [Fact]
    public void RequireTls_WithTlsDisabled_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSetup.WithTlsRequired("Host=db;SSL Mode=Disable"));

        Assert.Contains("SSL Mode=Disable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireTls_OnAServerWithoutTls_DoesNotConnect()
    {
        await using var database = TestDatabase.Create();
        await using var tls = new TlsRequiredApp(database);

        var error = Record.Exception(() => tls.Server);

        Assert.NotNull(error);
        Assert.Contains(database.Provider == "Sqlite" ? "Database:RequireTls is for PostgreSQL" : "SSL", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class TlsRequiredApp(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:BackPlan", database.ConnectionString);
            builder.UseSetting("Database:RequireTls", "true");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "None");
        }
    }
}
