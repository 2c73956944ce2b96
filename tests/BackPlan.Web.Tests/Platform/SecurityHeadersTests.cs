using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BackPlan.Web.Platform;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPlan.Web.Tests.Platform;

/// <summary>Issue 16, hardening: the headers every answer carries, HSTS, and the API reference's own script hashes.</summary>
public partial class SecurityHeadersTests(BackPlanApp app)
{
    public static TheoryData<string> Answers => new()
    {
        "/",                          // the public home page (served from the output cache after the first answer)
        "/articles",
        "/account/sign-in",
        "/no-such-page",              // 404 page
        "/api/v1/patients",           // 401 problem
        "/api/v1/no-such-endpoint",   // 404 problem
        "/fhir/metadata",
        "/health",
        "/openapi/v1.json",
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task EveryAnswer_CarriesThePolicyAndHeaders(string path)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++) // the second answer of a public page comes from the output cache
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(SecurityHeaders.Policy, policy);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS only on HTTPS answers");
        }
    }

    [Fact]
    public async Task ScriptSource_AllowsNoInlineScript()
    {
        var scriptSource = SecurityHeaders.Policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));

        Assert.Equal("script-src 'self'", scriptSource);
        using var client = app.CreateClient();
        var page = await client.GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);
        // The page's own scripts are files; the JSON-LD data block of public pages is not a script a browser runs.
        Assert.DoesNotMatch(InlineExecutableScript(), page);
        Assert.DoesNotMatch(InlineHandler(), page);
    }

    [Fact]
    public async Task Https_AnswersCarryHsts()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://clinic.example/") });

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task ApiReference_AllowsExactlyItsOwnInlineScripts()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api-reference/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        var inline = InlineExecutableScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(inline);
        foreach (var script in inline)
        {
            Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", policy, StringComparison.Ordinal);
        }

        Assert.Equal(inline.Count, Regex.Count(policy, "'sha256-"));
        // Its script files pass through untouched, with the site's policy.
        using var file = await client.GetAsync("/api-reference/scalar.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(SecurityHeaders.Policy, Assert.Single(file.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public void ScriptHashes_NameEachInlineScriptAndNoScriptFile()
    {
        var policy = ApiReferencePolicy.WithHashesOf("<script src=\"a.js\"></script><script type=\"module\">go()</script><SCRIPT>x=1</SCRIPT>");

        Assert.Contains($"script-src 'self' 'sha256-{Convert.ToBase64String(SHA256.HashData("go()"u8))}' 'sha256-{Convert.ToBase64String(SHA256.HashData("x=1"u8))}';", policy, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(policy, "'sha256-"));
    }

    // A <script> without src whose type is JavaScript (none, a JavaScript MIME type or module).
    [GeneratedRegex("<script(?![^>]*\\bsrc\\s*=)(?![^>]*type=\"application/ld\\+json\")[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineExecutableScript();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
