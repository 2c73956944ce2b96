using System.Net.Http.Json;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Security;

/// <summary>Script payloads typed into free-text fields come back as text: escaped on every page that shows them again.</summary>
public class XssTests(SecurityApp app) : IClassFixture<SecurityApp>
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
    ];

    [Fact]
    public async Task PatientNames_WithScript_AreShownEscapedOnStaffPages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiClient.SignedInAsync(app, SecurityApp.DemoEmailFor(Web.Platform.Tenancy.Roles.Practitioner), TestClinic.Password);
        var created = await api.PostAsJsonAsync("/api/v1/patients", new
        {
            givenName = Payloads[0],
            familyName = Payloads[1],
            dateOfBirth = "1975-03-14",
            email = "xss@example.com",
            consentToDataProcessing = true,
        }, ct);
        created.EnsureSuccessStatusCode();
        var patient = (await created.Content.ReadFromJsonAsync<PatientDto>(ct))!;

        using var browser = await Browserless.SignedInAsync(app, SecurityApp.DemoEmailFor(Web.Platform.Tenancy.Roles.Practitioner));
        foreach (var page in new[] { $"/patients/{patient.Id}", "/patients?search=script", $"/patients/{patient.Id}/progress", $"/patients/{patient.Id}/forms" })
        {
            AssertInert(await browser.GetStringAsync(page, ct), page);
        }

        // The name is there, as text.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await browser.GetStringAsync($"/patients/{patient.Id}", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleMarkdown_WithScriptsAndHandlers_IsSanitised()
    {
        var ct = TestContext.Current.CancellationToken;
        var slug = "xss-" + Guid.NewGuid().ToString("N")[..8];
        await app.QueryAsync(async db =>
        {
            var clinic = await db.Clinics.IgnoreQueryFilters().OrderBy(c => c.Id).FirstAsync(ct);
            var author = await db.Staff.IgnoreQueryFilters().Where(s => s.ClinicId == clinic.Id).Select(s => s.Id).FirstAsync(ct);
            db.Articles.Add(new Article
            {
                ClinicId = clinic.Id, Slug = slug, Title = Payloads[0], Summary = Payloads[1], AuthorStaffMemberId = author,
                BodyMarkdown = $"Hello\n\n{Payloads[0]}\n\n{Payloads[1]}\n\n[click](javascript:alert(1))\n\n<a href=\"javascript:alert(1)\">x</a>\n\n<iframe src=\"https://evil.example\"></iframe>",
                Status = ArticleStatus.Published, PublishAt = DateTime.UtcNow.AddMinutes(-1), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync(ct);
        });

        using var visitor = Browserless.NewClient(app);
        var html = await visitor.GetStringAsync($"/articles/{slug}", ct);

        Assert.Contains("Hello", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal); // the title, as text
        AssertInert(html, slug);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>No payload arrives as markup: no script element, event handler attribute or javascript: link made from it.</summary>
    private static void AssertInert(string html, string page)
    {
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(html.Contains("onerror=alert", StringComparison.OrdinalIgnoreCase) && !html.Contains("&quot;&gt;&lt;img", StringComparison.Ordinal), $"{page}: an onerror handler outside escaped text.");
    }
}
