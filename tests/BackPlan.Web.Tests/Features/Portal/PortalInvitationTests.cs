using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Portal;

/// <summary>An app whose outbox delivers to a real SMTP server on loopback.</summary>
public sealed class SmtpApp : BackPlanApp
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:UseStartTls", "false");
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public partial class PortalInvitationTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invite_SendsEmailBySmtp_LinkSetsPasswordOnce_PatientSeesOnlyOwnData()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Iwona", "Invited" + clinic.Tag);
        using var staff = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var page = await (await Browserless.PostFormAsync(staff, $"/patients/{patient.Id}", "invite", [])).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Invitation sent.", page, StringComparison.Ordinal);
        Assert.Equal(1, await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct));

        var mail = Assert.Single(app.Smtp.Messages, m => m.To.ToString().Contains(patient.Email!, StringComparison.Ordinal));
        var link = Link().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        using var browser = Browserless.NewClient(app);
        var setPage = link.Value.Replace("http://localhost", "", StringComparison.Ordinal);
        var signedIn = await Browserless.PostFormAsync(browser, setPage, "set-password", new() { ["password"] = "Portal-Passw0rd", ["confirm"] = "Portal-Passw0rd" });
        var welcome = await signedIn.Content.ReadAsStringAsync(Ct);
        Assert.True(welcome.Contains("Welcome, Iwona", StringComparison.Ordinal), Regex.Match(welcome, "<main.{0,1500}", RegexOptions.Singleline).Value.Replace("\n", " ", StringComparison.Ordinal));

        // Opened again, the used link says so at once instead of offering the form.
        using var again = Browserless.NewClient(app);
        var reused = await again.GetStringAsync(setPage, Ct);
        Assert.Contains("This link has expired or was already used", reused, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"password\"", reused, StringComparison.Ordinal);

        using var api = await ApiClient.SignedInAsync(app, patient.Email!, "Portal-Passw0rd");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/patients", Ct)).StatusCode);
    }

    [Fact]
    public async Task Invite_PatientWithoutEmail_SaysWhatIsMissing()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var api = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        var created = await api.PostAsJsonAsync("/api/v1/patients", new { givenName = "No", familyName = "Email" + clinic.Tag, dateOfBirth = "1990-01-01", consentToDataProcessing = true }, Ct);
        var patient = await created.Content.ReadFromJsonAsync<BackPlan.Web.Features.Patients.PatientDto>(Ct);
        using var staff = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = await (await Browserless.PostFormAsync(staff, $"/patients/{patient!.Id}", "invite", [])).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Add the patient&#x27;s email address first.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_SmtpDown_RetriesLaterAndKeepsTheMessage()
    {
        await using var down = new DownSmtpApp();
        _ = down.Server;
        var otherClinic = await TestClinic.CreateAsync(down);
        var other = await otherClinic.RegisterPatientAsync("Ula", "Down" + otherClinic.Tag);
        using var staff = await Browserless.SignedInAsync(down, otherClinic.FrontDeskEmail);
        await Browserless.PostFormAsync(staff, $"/patients/{other.Id}", "invite", []);

        Assert.Equal(0, await down.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct));

        await using var scope = down.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlan.Web.Data.BackPlanDb>();
        var message = Assert.Single(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Outbox).Where(m => m.To == other.Email));
        Assert.Null(message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.NotNull(message.LastError);
        Assert.True(message.SendAfter > DateTime.UtcNow);
    }

    [GeneratedRegex(@"http://localhost/account/set-password\?\S+")]
    private static partial Regex Link();

    /// <summary>An app whose SMTP server is not there.</summary>
    private sealed class DownSmtpApp : BackPlanApp
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", "1");
            builder.UseSetting("Email:UseStartTls", "false");
        }
    }
}
