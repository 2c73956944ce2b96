using System.Net.Http.Json;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Security;

/// <summary>Script payloads typed into free-text fields come back as text: escaped on every page that shows them again.</summary>
public class XssTests(SecurityApp app) : IClassFixture<SecurityApp>
{
    [Fact]
    public async Task PatientNames_WithScript_AreShownEscapedOnStaffPages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiClient.SignedInAsync(app, SecurityApp.DemoEmailFor(Web.Platform.Tenancy.Roles.Practitioner), TestClinic.Password);
        var created = await api.PostAsJsonAsync("/api/v1/patients", new
        {
            givenName = XssPayloads.All[0],
            familyName = XssPayloads.All[1],
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
                ClinicId = clinic.Id, Slug = slug, Title = XssPayloads.All[0], Summary = XssPayloads.All[1], AuthorStaffMemberId = author,
                BodyMarkdown = $"Hello\n\n{XssPayloads.All[0]}\n\n{XssPayloads.All[1]}\n\n[click](javascript:alert(1))\n\n<a href=\"javascript:alert(1)\">x</a>\n\n<iframe src=\"https://evil.example\"></iframe>",
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

    [Fact]
    public async Task EveryFreeTextField_WithPayloads_IsShownInertOnStaffPortalAndPublicPages()
    {
        var ct = TestContext.Current.CancellationToken;
        var w = await XssRecords.WriteAsync(app, ct);
        var pages = new Dictionary<string, string[]>
        {
            [SecurityApp.DemoEmail("therapist")] =
            [
                $"/patients/{w.PatientId}", $"/appointments/{w.NotedAppointmentId}/note", "/calendar", "/my-schedule", $"/episodes/{w.EpisodeId}",
                $"/episodes/{w.EpisodeId}/review", $"/episodes/{w.EpisodeId}/referral", $"/patients/{w.PatientId}/progress", $"/patients/{w.PatientId}/waitlist",
                $"/amendments/{w.AmendmentId}", "/inquiries", $"/inquiries/{w.InquiryId}",
                "/staff-articles/comments", "/outcomes",
            ],
            [SecurityApp.DemoEmail("admin")] = ["/audit", "/staff", "/settings/locations", "/admin/adverse-events", "/settings/public-site", "/admin/deletion-requests", "/alerts"],
            [SecurityApp.OwnPatientEmail] =
            [
                "/portal/appointments", "/portal/amendments", "/portal/access-log", "/portal/my-data/summary", "/portal/waitlist", "/portal/progress",
            ],
            [""] = ["/", $"/articles/{w.ArticleSlug}", "/contact"],
        };

        var shown = new HashSet<string>();
        var problems = new List<string>();
        foreach (var (email, urls) in pages)
        {
            using var browser = email.Length == 0 ? Browserless.NewClient(app) : await Browserless.SignedInAsync(app, email);
            foreach (var url in urls)
            {
                using var response = await browser.GetAsync(url, ct);
                var html = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode || response.RequestMessage?.RequestUri?.AbsolutePath != url.Split('?')[0])
                {
                    problems.Add($"{email} {url}: {(int)response.StatusCode} at {response.RequestMessage?.RequestUri?.AbsolutePath}");
                    continue;
                }

                AssertInert(html, url);
                var markers = XssRecords.Fields.Where(f => html.Contains("&lt;svg onload=alert(1)&gt; xss:" + f, StringComparison.Ordinal)).ToList();
                shown.UnionWith(markers);
                if (markers.Count == 0)
                {
                    problems.Add($"{email} {url}: shows no payload");
                }
            }
        }

        problems.AddRange(XssRecords.Fields.Except(shown).Select(f => $"{f}: shown on none of the pages"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>No payload arrives as markup: no script element, event handler attribute or javascript: link made from it.</summary>
    private static void AssertInert(string html, string page)
    {
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        // Every handler in the page is inside an escaped tag (HTML text, or JSON in JSON-LD): as many as the escaped payloads hold.
        Assert.True(Count(html, "onerror=alert") == Count(html, "&lt;img src=x onerror=alert") + Count(html, "\\u003Cimg src=x onerror=alert"), $"{page}: an onerror handler outside escaped text.");
        Assert.True(Count(html, "onload=alert") == Count(html, "&lt;svg onload=alert") + Count(html, "\\u003Csvg onload=alert"), $"{page}: an onload handler outside escaped text.");
        Assert.True(Count(html, "alert(1)</script>") == 0, $"{page}: a script body made from a payload.");
    }

    private static int Count(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
