using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Inquiries;

public partial class InquiryTests(InquiryApp app) : IClassFixture<InquiryApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestClinic Clinic => app.Clinic;

    [Fact]
    public async Task Send_GoodInquiry_StoresItAndEmailsSenderAndFrontDesk()
    {
        var tag = Tag();
        var response = await SendAsync(Good(tag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.RequestMessage!.RequestUri!.AbsolutePath.EndsWith("/contact/sent", StringComparison.Ordinal), Regex.Match(await response.Content.ReadAsStringAsync(Ct), "<main.*</main>", RegexOptions.Singleline).Value);
        Assert.Contains("What happens next", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var inquiry = await Clinic.QueryAsync(db => db.Set<Inquiry>().SingleAsync(i => i.Email == $"{tag}@example.com", Ct));
        Assert.Equal($"Anna {tag}", inquiry.Name);
        Assert.Equal("+48 600 100 200", inquiry.Phone);
        Assert.Equal("Weekday mornings", inquiry.PreferredContactTimes);
        Assert.Equal(DurationClass.Subacute, inquiry.Duration);
        Assert.Equal(InquiryStatus.New, inquiry.Status);
        var mail = await Clinic.QueryAsync(db => db.Outbox.Where(m => m.CreatedAt >= inquiry.CreatedAt).ToListAsync(Ct));
        var confirmation = Assert.Single(mail, m => m.To == $"{tag}@example.com");
        Assert.Contains("What happens next", confirmation.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Stiff lower back", confirmation.TextBody, StringComparison.Ordinal);
        var alert = Assert.Single(mail, m => m.To == Clinic.FrontDeskEmail && m.TextBody.Contains(inquiry.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal("inquiry-alert", alert.Kind);
        var audit = await Clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "Inquiry.added" && e.Detail == $"id {inquiry.Id}", Ct));
        Assert.Equal("visitor", audit.UserName);
    }

    [Fact]
    public async Task Send_HoneypotFilled_RefusedWithMessageAndInputKept()
    {
        var tag = Tag();
        var fields = Good(tag);
        fields["Input.Website"] = "http://spam.example";

        var page = await (await SendAsync(fields)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("Your request could not be sent. Please try again.", FormError(page));
        AssertInputKept(page, tag);
        await AssertNotStoredAsync(tag);
    }

    [Fact]
    public async Task Send_FasterThanAPerson_RefusedWithMessageAndInputKept()
    {
        var tag = Tag();

        var page = await (await SendAsync(Good(tag), wait: TimeSpan.FromSeconds(1))).Content.ReadAsStringAsync(Ct);

        Assert.Equal("That was very quick. Please check your answers and send the form again.", FormError(page));
        AssertInputKept(page, tag);
        await AssertNotStoredAsync(tag);
    }

    [Fact]
    public async Task Send_ForgedTimer_RefusedAsExpired()
    {
        var tag = Tag();
        var fields = Good(tag);
        fields["Input.Started"] = "forged";

        var page = await (await SendAsync(fields)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("This form has expired. Please check your answers and send it again.", FormError(page));
        await AssertNotStoredAsync(tag);
    }

    [Fact]
    public async Task Send_MoreThanTheRateLimitFromOneAddress_RefusedWith429MessageAndInputKept()
    {
        var ip = "10.1.1." + Random.Shared.Next(2, 250);
        for (var i = 0; i < InquiryApp.RateLimitPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(Good(Tag()), ip: ip)).StatusCode);
        }

        var tag = Tag();
        var refused = await SendAsync(Good(tag), ip: ip);
        var page = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(PublicPostLimit.Message, FormError(page));
        AssertInputKept(page, tag);
        await AssertNotStoredAsync(tag);
        // Another address is not affected.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Good(Tag()), ip: "10.2.2.2")).StatusCode);
    }

    [Fact]
    public async Task Send_ThreeLinks_RefusedBesideTheDescription()
    {
        var tag = Tag();
        var fields = Good(tag);
        fields["Input.Description"] = "See https://a.example/x and http://b.example/y and www.c.example";

        var page = await (await SendAsync(fields)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("Use at most 2 web links.", FieldError(page, "description"));
        Assert.Contains("www.c.example</textarea>", page, StringComparison.Ordinal);
        await AssertNotStoredAsync(tag);
    }

    [Fact]
    public async Task Send_WithoutConsentOrContact_RefusedBesideTheFields()
    {
        var tag = Tag();
        var fields = Good(tag);
        fields.Remove("Input.ConsentToContact");
        fields["Input.Email"] = "";
        fields["Input.Phone"] = "";
        fields["Input.Description"] = new string('x', InquiryInput.DescriptionMax + 1);

        var page = await (await SendAsync(fields)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("We can only answer if you agree that we contact you.", FieldError(page, "consent"));
        Assert.Equal("Give an email address or a phone number so that we can reach you.", FieldError(page, "email"));
        Assert.Equal("Use at most 1000 characters.", FieldError(page, "description"));
        Assert.Contains($"value=\"Anna {tag}\"", page, StringComparison.Ordinal);
        await AssertNotStoredAsync(tag);
    }

    [Fact]
    public async Task Contact_FromSelfCheck_PrefillsDurationAndCarriesTheResult()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await visitor.GetStringAsync("/contact?selfcheck=routine&duration=Chronic&flags=rf.night_pain_constant", Ct);

        Assert.Matches("<input[^>]*value=\"Chronic\"[^>]*checked", page);
        Assert.Matches("<input[^>]*name=\"Input.SelfCheck\"[^>]*value=\"routine\"|<input[^>]*value=\"routine\"[^>]*name=\"Input.SelfCheck\"", page);
        Assert.Contains("mention the points you ticked to your GP", page, StringComparison.Ordinal);

        var tag = Tag();
        var fields = Good(tag);
        fields["Input.SelfCheck"] = "routine";
        fields["Input.SelfCheckFlags"] = "rf.night_pain_constant,rf.unknown";
        await SendAsync(fields);
        var inquiry = await Clinic.QueryAsync(db => db.Set<Inquiry>().SingleAsync(i => i.Email == $"{tag}@example.com", Ct));
        Assert.Equal(Urgency.Routine, inquiry.SelfCheckUrgency);
        Assert.Equal(RedFlags.NightPainConstant, inquiry.SelfCheckFlags);
    }

    [Fact]
    public async Task Inbox_Anonymous_IsSentToSignIn()
    {
        using var visitor = Browserless.NewClient(app, followRedirects: false);

        var response = await visitor.GetAsync("/inquiries", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_Patient_IsForbidden()
    {
        using var patient = await Browserless.SignedInAsync(app, Clinic.PatientEmail);

        var list = await patient.GetAsync("/inquiries", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task Inbox_FrontDesk_SeesNewInquiryAndChangesItsStatusWithANote()
    {
        var tag = Tag();
        await SendAsync(Good(tag));
        var id = await Clinic.QueryAsync(db => db.Set<Inquiry>().Where(i => i.Email == $"{tag}@example.com").Select(i => i.Id).SingleAsync(Ct));
        using var staff = await Browserless.SignedInAsync(app, Clinic.FrontDeskEmail);

        Assert.Contains($"Anna {tag}", await staff.GetStringAsync("/inquiries", Ct), StringComparison.Ordinal);
        var detail = await staff.GetStringAsync($"/inquiries/{id}", Ct);
        Assert.Contains("Stiff lower back", detail, StringComparison.Ordinal);
        var changed = await Browserless.PostFormAsync(staff, $"/inquiries/{id}", "status", new() { ["NewStatus"] = "Contacted", ["Note"] = "Called, left a message" });

        Assert.Contains("Called, left a message", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var inquiry = await Clinic.QueryAsync(db => db.Set<Inquiry>().Include(i => i.Updates).SingleAsync(i => i.Id == id, Ct));
        Assert.Equal(InquiryStatus.Contacted, inquiry.Status);
        var update = Assert.Single(inquiry.Updates);
        Assert.Equal($"FrontDesk {Clinic.Tag}", update.By);
        Assert.DoesNotContain($"Anna {tag}", await staff.GetStringAsync("/inquiries?status=New", Ct), StringComparison.Ordinal);
        Assert.Contains($"Anna {tag}", await staff.GetStringAsync("/inquiries?status=Contacted", Ct), StringComparison.Ordinal);
        var audit = await Clinic.QueryAsync(db => db.AuditEntries.Where(e => e.Detail != null && e.Detail.Contains(id.ToString())).Select(e => e.Action).ToListAsync(Ct));
        Assert.Contains("inquiry.read", audit);
        Assert.Contains("Inquiry.modified", audit);
        Assert.Contains("inquiry.list", await Clinic.QueryAsync(db => db.AuditEntries.Where(e => e.Role == "FrontDesk").Select(e => e.Action).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Convert_Inquiry_CreatesPatientWithTheAnswersAndSendsAPortalInvitation()
    {
        var tag = Tag();
        var fields = Good(tag);
        fields["Input.Name"] = $"Anna Maria van {tag}";
        await SendAsync(fields);
        var id = await Clinic.QueryAsync(db => db.Set<Inquiry>().Where(i => i.Email == $"{tag}@example.com").Select(i => i.Id).SingleAsync(Ct));
        using var staff = await Browserless.SignedInAsync(app, Clinic.FrontDeskEmail);
        var form = await staff.GetStringAsync($"/inquiries/{id}", Ct);
        Assert.Contains("value=\"Anna Maria\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"van {tag}\"", form, StringComparison.Ordinal);

        var missing = await Browserless.PostFormAsync(staff, $"/inquiries/{id}", "convert", new()
        {
            ["Input.GivenName"] = "Anna Maria",
            ["Input.FamilyName"] = $"van {tag}",
            ["Input.Email"] = $"{tag}@example.com",
            ["Input.Phone"] = "+48 600 100 200",
        });
        Assert.Contains("Enter the date of birth.", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var converted = await Browserless.PostFormAsync(staff, $"/inquiries/{id}", "convert", new()
        {
            ["Input.GivenName"] = "Anna Maria",
            ["Input.FamilyName"] = $"van {tag}",
            ["Input.DateOfBirth"] = "1979-04-02",
            ["Input.Email"] = $"{tag}@example.com",
            ["Input.Phone"] = "+48 600 100 200",
            ["Input.ConsentToDataProcessing"] = "true",
        });
        Assert.Contains("Invitation sent.", await converted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var inquiry = await Clinic.QueryAsync(db => db.Set<Inquiry>().SingleAsync(i => i.Id == id, Ct));
        Assert.Equal(InquiryStatus.Converted, inquiry.Status);
        var patient = await Clinic.QueryAsync(db => db.Patients.SingleAsync(p => p.Id == inquiry.PatientId, Ct));
        Assert.Equal(("Anna Maria", $"van {tag}", "+48 600 100 200", new DateOnly(1979, 4, 2)), (patient.GivenName, patient.FamilyName, patient.Phone, patient.DateOfBirth));
        Assert.Equal($"{tag}@example.com", patient.Email);
        Assert.Single(await Clinic.QueryAsync(db => db.Outbox.Where(m => m.To == patient.Email && m.Kind == "portal-invitation").ToListAsync(Ct)));
        // The answers are on the patient's record.
        var record = await staff.GetStringAsync($"/patients/{patient.Id}", Ct);
        Assert.Contains("Stiff lower back after gardening", record, StringComparison.Ordinal);
        Assert.Contains("Weekday mornings", record, StringComparison.Ordinal);
        Assert.Contains("4 to 12 weeks", record, StringComparison.Ordinal);
        Assert.Contains(await Clinic.QueryAsync(db => db.AuditEntries.Where(e => e.PatientId == patient.Id).Select(e => e.Action).ToListAsync(Ct)), a => a == "Inquiry.modified");
    }

    [Theory]
    [InlineData("Anna Kowalska", "Anna", "Kowalska")]
    [InlineData("Anna Maria Kowalska-Nowak", "Anna Maria", "Kowalska-Nowak")]
    [InlineData("Kowalska, Anna", "Anna", "Kowalska")]
    [InlineData("Jan van der Berg", "Jan", "van der Berg")]
    [InlineData("  Cher ", "Cher", "")]
    public void NameSplit_TypedName_GivesGivenAndFamilyNames(string name, string given, string family) =>
        Assert.Equal((given, family), NameSplit.Split(name));

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    private static Dictionary<string, string> Good(string tag) => new()
    {
        ["Input.Name"] = $"Anna {tag}",
        ["Input.Email"] = $"{tag}@example.com",
        ["Input.Phone"] = "+48 600 100 200",
        ["Input.PreferredContactTimes"] = "Weekday mornings",
        ["Input.Description"] = "Stiff lower back after gardening, worse in the morning.",
        ["Input.Duration"] = "Subacute",
        ["Input.ConsentToContact"] = "true",
        ["Input.Website"] = "",
    };

    /// <summary>Opens /contact, lets <paramref name="wait"/> pass (5 s: a person typing), then sends the form from <paramref name="ip"/> (a new address when null).</summary>
    private async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> fields, TimeSpan? wait = null, string? ip = null)
    {
        var client = Browserless.NewClient(app);
        // Each visitor has an address of their own unless a test shares one.
        client.DefaultRequestHeaders.Add(InquiryApp.ClientIpHeader, ip ?? $"10.{Random.Shared.Next(3, 250)}.{Random.Shared.Next(250)}.{Random.Shared.Next(1, 250)}");
        var page = await client.GetStringAsync("/contact", Ct);
        var body = new Dictionary<string, string>
        {
            ["_handler"] = "inquiry",
            ["__RequestVerificationToken"] = Browserless.AntiforgeryTokenOf(page) ?? "",
            ["Input.Started"] = WebUtility.HtmlDecode(Started().Match(page).Groups[1].Value),
        };
        foreach (var (key, value) in fields)
        {
            body[key] = value;
        }

        app.Time.Pass(wait ?? TimeSpan.FromSeconds(5));
        return await client.PostAsync("/contact", new FormUrlEncodedContent(body), Ct);
    }

    private static string FormError(string page) => WebUtility.HtmlDecode(FormErrorPattern().Match(page).Groups[1].Value.Trim());

    private static string FieldError(string page, string id) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"id=\"{id}-error\"[^>]*><div class=\"validation-message\">([^<]*)</div>").Groups[1].Value);

    private static void AssertInputKept(string page, string tag)
    {
        Assert.Contains($"value=\"Anna {tag}\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{tag}@example.com\"", page, StringComparison.Ordinal);
        Assert.Contains("Stiff lower back after gardening, worse in the morning.</textarea>", page, StringComparison.Ordinal);
    }

    private async Task AssertNotStoredAsync(string tag) =>
        Assert.False(await Clinic.QueryAsync(db => db.Set<Inquiry>().AnyAsync(i => i.Email == $"{tag}@example.com", Ct)));


    [GeneratedRegex("name=\"Input.Started\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Started();

    [GeneratedRegex("id=\"form-error\"[^>]*>([^<]*)</div>")]
    private static partial Regex FormErrorPattern();
}
