using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Tests.Features.Articles;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.PublicSite;

public partial class PublicHomeTests(PublicSiteApp app) : IClassFixture<PublicSiteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settings_PostWithoutThePractitionerFields_SavesTheRestInsteadOfFailing()
    {
        using var admin = await Browserless.SignedInAsync(app, app.Clinic.AdminEmail);

        var saved = await Browserless.PostFormAsync(admin, "/settings/public-site", "public-site", new()
        {
            ["Input.Phone"] = "+48 22 765 43 21",
        });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ShowsTheConfiguredClinicsDetails_AndJsonLdThatParses()
    {
        await GiveClinicAddressAndHoursAsync();
        using var admin = await Browserless.SignedInAsync(app, app.Clinic.AdminEmail);
        var settings = await admin.GetStringAsync("/settings/public-site", Ct);
        var practitionerId = Regex.Match(settings, "name=\"Input.Practitioners\\[0\\].Id\" value=\"([^\"]+)\"").Groups[1].Value;
        var saved = await Browserless.PostFormAsync(admin, "/settings/public-site", "public-site", new()
        {
            ["Input.Description"] = "We help backs </script><script>alert(1)</script> move.",
            ["Input.Services"] = "Soft tissue therapy\nHome exercise programs",
            ["Input.Phone"] = "+48 22 123 45 67",
            ["Input.Email"] = "hello@clinic.test",
            ["Input.Practitioners[0].Id"] = practitionerId,
            ["Input.Practitioners[0].Qualifications"] = "MSc Physiotherapy",
            ["Input.Practitioners[0].Bio"] = "Likes helping people move.",
        });
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var visitor = Browserless.NewClient(app);

        var home = await visitor.GetStringAsync("/", Ct);

        Assert.Contains($"<h1>Clinic {app.Clinic.Tag}</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<li>Home exercise programs</li>", home, StringComparison.Ordinal);
        Assert.Matches($"<h3>Practitioner {app.Clinic.Tag}</h3>(?:(?!</li>).)*MSc Physiotherapy", home.Replace("\n", " ", StringComparison.Ordinal));
        // English ("en") writes 8:00 AM, invariant globalisation 08:00: either is the practitioner's Monday.
        Assert.Matches("<th scope=\"row\">Monday</th>\\s*<td>(?:0?8:00[^<]*AM–[^<]*4:00[^<]*PM|08:00–16:00)</td>", WebUtility.HtmlDecode(home));
        Assert.Contains("href=\"mailto:hello@clinic.test\"", home, StringComparison.Ordinal);
        Assert.Contains("ul. Prosta 1, 00-001 Warszawa", home, StringComparison.Ordinal);
        Assert.Contains("https://www.openstreetmap.org/search?query=ul.%20Prosta%201", home, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+48221234567\"", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        Assert.Matches("<meta name=\"description\" content=\"We help backs", home);
        Assert.Contains($"<title>Clinic {app.Clinic.Tag} ·", home, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", home, StringComparison.Ordinal);

        var json = Regex.Match(home, "<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(json.Success, "no JSON-LD on the home page");
        using var ld = JsonDocument.Parse(json.Groups[1].Value);
        var root = ld.RootElement;
        Assert.Equal("MedicalClinic", root.GetProperty("@type").GetString());
        Assert.Equal($"Clinic {app.Clinic.Tag}", root.GetProperty("name").GetString());
        Assert.Contains("</script><script>", root.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Warszawa", root.GetProperty("address").GetProperty("addressLocality").GetString());
        var monday = root.GetProperty("openingHoursSpecification").EnumerateArray().Single(d => d.GetProperty("dayOfWeek").GetString() == "https://schema.org/Monday");
        Assert.Equal("08:00", monday.GetProperty("opens").GetString());
        Assert.Equal("16:00", monday.GetProperty("closes").GetString());
        var person = Assert.Single(root.GetProperty("employee").EnumerateArray());
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Physiotherapist", person.GetProperty("jobTitle").GetString());
    }

    [Fact]
    public async Task EveryPublicPage_LinksBothLanguages_WithHreflangAndTheLanguageSwitch()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Languages " + Guid.NewGuid().ToString("N")[..8]);
        using var visitor = Browserless.NewClient(app);

        foreach (var path in new[] { "/", "/articles", $"/articles/{article.Slug}", "/contact", "/self-check" })
        {
            var page = WebUtility.HtmlDecode(await visitor.GetStringAsync($"{path}?culture=pl", Ct));

            Assert.Contains("<html lang=\"pl\">", page, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{path}?culture=en\" />", page, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"pl\" href=\"http://localhost{path}?culture=pl\" />", page, StringComparison.Ordinal);
            var back = Uri.EscapeDataString(path);
            Assert.Contains($"<a href=\"/culture/en?returnUrl={back}\" lang=\"en\" hreflang=\"en\">English</a>", page, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/culture/pl?returnUrl={back}\" lang=\"pl\" hreflang=\"pl\" aria-current=\"true\">Polski</a>", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_InPolish_TranslatesTheSiteAndLinksBothLanguages()
    {
        using var visitor = Browserless.NewClient(app);

        var home = await visitor.GetStringAsync("/?culture=pl", Ct);

        Assert.Contains("<html lang=\"pl\">", home, StringComparison.Ordinal);
        Assert.Contains("Poproś nas o program dopasowany do Ciebie", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/?culture=en\" />", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"pl\" href=\"http://localhost/?culture=pl\" />", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/self-check\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/contact\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_SignedIn_LinksToWorkspaceOrPortalInsteadOfSignIn()
    {
        using var staff = await Browserless.SignedInAsync(app, app.Clinic.FrontDeskEmail);
        using var patient = await Browserless.SignedInAsync(app, app.Clinic.PatientEmail);

        Assert.Contains("<a href=\"/workspace\">Workspace</a>", await staff.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/portal\">Your portal</a>", await patient.GetStringAsync("/articles", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_NotAdmin_Forbidden()
    {
        using var practitioner = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/settings/public-site", Ct)).StatusCode);
    }

    [Fact]
    public async Task AssignArticle_FromThePatientPage_ShowsInTheirPortal()
    {
        var article = await ArticleSteps.AddArticleAsync(app, "Assigned " + Guid.NewGuid().ToString("N")[..8]);
        using var practitioner = await Browserless.SignedInAsync(app, app.Clinic.PractitionerEmail);

        var page = await Browserless.PostFormAsync(practitioner, $"/patients/{app.Clinic.PatientId}", "assign-article", new() { ["article"] = article.Id.ToString() });
        Assert.Contains("The article is in the patient&#x27;s portal.", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var patient = await Browserless.SignedInAsync(app, app.Clinic.PatientEmail);
        var portal = await patient.GetStringAsync("/portal", Ct);
        Assert.Contains("Reading from your clinic", portal, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{article.Slug}\">{article.Title}</a>", portal, StringComparison.Ordinal);
        var assignment = await app.Clinic.QueryAsync(db => db.ArticleAssignments.AsNoTracking().SingleAsync(a => a.ArticleId == article.Id, Ct));
        Assert.Equal(app.Clinic.PatientId, assignment.PatientId);
    }

    private Task<int> GiveClinicAddressAndHoursAsync() => app.Clinic.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<BackPlanDb>();
        if (await db.Locations.AnyAsync(Ct))
        {
            return 0;
        }

        var location = new Location { Name = "Main", AddressLine = "ul. Prosta 1", PostalCode = "00-001", City = "Warszawa" };
        db.Locations.Add(location);
        var practitioner = await db.Staff.SingleAsync(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner, Ct);
        db.WorkingHours.Add(new WorkingHours { StaffMemberId = practitioner.Id, Day = NodaTime.IsoDayOfWeek.Monday, Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0), LocationId = location.Id });
        return await db.SaveChangesAsync(Ct);
    });
}
