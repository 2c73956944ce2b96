using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.Portal;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.AfterSessions;

public sealed partial class PostSessionCheckTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDue_SessionEndedADayAgo_OpensOneCheckAndEmailsALink_EvenWhenRunTwice()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Rita", "After" + clinic.Tag);
        var appointment = await PastAppointmentAsync(clinic, patient.Id, endedHoursAgo: 25);

        await RunDueAsync();
        await RunDueAsync();

        var check = Assert.Single(await clinic.QueryAsync(db => db.Set<PostSessionCheck>().Where(c => c.AppointmentId == appointment).ToListAsync(Ct)));
        Assert.Equal(patient.Id, check.PatientId);
        Assert.Single(await LinksToAsync(patient.Email!));
    }

    [Theory]
    [InlineData(AppointmentStatus.Cancelled, 25)]
    [InlineData(AppointmentStatus.NoShow, 25)]
    [InlineData(AppointmentStatus.Booked, 10)]
    public async Task RunDue_CancelledNoShowOrTooRecent_OpensNoCheck(AppointmentStatus status, int endedHoursAgo)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var appointment = await PastAppointmentAsync(clinic, clinic.PatientId, endedHoursAgo, status);

        await RunDueAsync();

        Assert.False(await clinic.QueryAsync(db => db.Set<PostSessionCheck>().AnyAsync(c => c.AppointmentId == appointment, Ct)));
    }

    [Fact]
    public async Task EmailedLink_Soreness8_AlertsPractitioner_AndWorksOnlyOnce()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Sara", "Sore" + clinic.Tag);
        await PastAppointmentAsync(clinic, patient.Id, endedHoursAgo: 26);
        await RunDueAsync();
        var link = Assert.Single(await LinksToAsync(patient.Email!));
        using var browser = Browserless.NewClient(app);

        var answered = await Browserless.PostFormAsync(browser, link, "post-session", Answers(8, "no"));
        Assert.Contains("Thank you", await PageAsync(answered), StringComparison.Ordinal);
        var alert = Assert.Single(await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == patient.Id).ToListAsync(Ct)));
        Assert.Equal(AlertKinds.Soreness, alert.Kind);
        var check = await clinic.QueryAsync(db => db.Set<PostSessionCheck>().SingleAsync(c => c.PatientId == patient.Id, Ct));
        Assert.Equal(8, check.Soreness);
        Assert.Equal(SettledAnswers.No, check.Settled);
        Assert.NotNull(check.CompletedAt);

        using var again = Browserless.NewClient(app);
        var second = await again.GetStringAsync(link, Ct);
        Assert.DoesNotContain("name=\"Input.Soreness\"", second, StringComparison.Ordinal);
        Assert.Single(await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == patient.Id).ToListAsync(Ct)));
    }

    [Fact]
    public async Task EmailedLink_Soreness3NothingUnexpected_NoAlert()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Tola", "Mild" + clinic.Tag);
        await PastAppointmentAsync(clinic, patient.Id, endedHoursAgo: 30);
        await RunDueAsync();
        using var browser = Browserless.NewClient(app);

        await Browserless.PostFormAsync(browser, Assert.Single(await LinksToAsync(patient.Email!)), "post-session", Answers(3, "yes"));

        Assert.Equal(3, (await clinic.QueryAsync(db => db.Set<PostSessionCheck>().SingleAsync(c => c.PatientId == patient.Id, Ct))).Soreness);
        Assert.Empty(await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == patient.Id).ToListAsync(Ct)));
    }

    [Fact]
    public async Task EmailedLink_UnexpectedReaction_RaisesAdverseEventAlert()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Ula", "Odd" + clinic.Tag);
        await PastAppointmentAsync(clinic, patient.Id, endedHoursAgo: 30);
        await RunDueAsync();
        using var browser = Browserless.NewClient(app);

        await Browserless.PostFormAsync(browser, Assert.Single(await LinksToAsync(patient.Email!)), "post-session",
            new(Answers(2, "partly")) { ["Input.Unexpected"] = "A bruise on the left side" });

        var alert = Assert.Single(await clinic.QueryAsync(db => db.Alerts.Where(a => a.PatientId == patient.Id).ToListAsync(Ct)));
        Assert.Equal(AlertKinds.AdverseEvent, alert.Kind);
        Assert.Equal("A bruise on the left side", alert.Detail);
    }

    [Fact]
    public async Task EmailedLink_MissingAnswers_KeepsTypedTextAndNamesTheFields()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Wera", "Blank" + clinic.Tag);
        await PastAppointmentAsync(clinic, patient.Id, endedHoursAgo: 30);
        await RunDueAsync();
        using var browser = Browserless.NewClient(app);

        var page = await PageAsync(await Browserless.PostFormAsync(browser, Assert.Single(await LinksToAsync(patient.Email!)), "post-session",
            new() { ["Input.Unexpected"] = "Headache in the evening" }));

        Assert.Contains("Headache in the evening", page, StringComparison.Ordinal);
        Assert.Contains("Choose a number from 0", page, StringComparison.Ordinal);
        Assert.Contains("Say whether it has settled.", page, StringComparison.Ordinal);
        Assert.Null((await clinic.QueryAsync(db => db.Set<PostSessionCheck>().SingleAsync(c => c.PatientId == patient.Id, Ct))).CompletedAt);
    }

    [Fact]
    public async Task WrongLink_SaysNotValid()
    {
        using var browser = Browserless.NewClient(app);

        var page = await browser.GetStringAsync("/after-session/not-a-real-token-at-all-000000000000", Ct);

        Assert.DoesNotContain("name=\"Input.Soreness\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_ListsOpenCheck_PatientAnswersIt()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await PastAppointmentAsync(clinic, clinic.PatientId, endedHoursAgo: 27);
        await RunDueAsync();
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var portal = await patient.GetStringAsync("/portal", Ct);
        var link = PortalLink().Match(portal);
        Assert.True(link.Success, portal);

        await Browserless.PostFormAsync(patient, link.Value, "post-session", Answers(7, "partly"));

        var check = await clinic.QueryAsync(db => db.Set<PostSessionCheck>().SingleAsync(c => c.PatientId == clinic.PatientId, Ct));
        Assert.Equal(7, check.Soreness);
        Assert.DoesNotMatch(PortalLink(), await patient.GetStringAsync("/portal", Ct));
        Assert.Single(await clinic.QueryAsync(db => db.Alerts.Where(a => a.Kind == AlertKinds.Soreness).ToListAsync(Ct)));
    }

    [Fact]
    public async Task PortalCheck_OfAnotherPatient_IsNotShown()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await clinic.RegisterPatientAsync("Zoe", "Other" + clinic.Tag);
        var appointment = await PastAppointmentAsync(clinic, other.Id, endedHoursAgo: 27);
        await RunDueAsync();
        var checkId = await clinic.QueryAsync(db => db.Set<PostSessionCheck>().Where(c => c.AppointmentId == appointment).Select(c => c.Id).SingleAsync(Ct));
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var response = await patient.GetAsync($"/portal/after-session/{checkId}", Ct);

        // Out of reach is 404, as for any record (decision 0042), and the form is not there.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("name=\"Input.Soreness\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Answers(int soreness, string settled) => new()
    {
        ["Input.Soreness"] = soreness.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Settled"] = settled,
        ["Input.Unexpected"] = "",
    };

    private Task<int> RunDueAsync() => app.Services.GetRequiredService<PostSessionScheduler>().RunDueAsync(Ct);

    /// <summary>Sends the outbox and returns the post-session links in the mail to <paramref name="address"/> (path only).</summary>
    private async Task<List<string>> LinksToAsync(string address)
    {
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct);
        return app.Smtp.Messages
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => EmailLink().Match(m.TextBody ?? "")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
    }

    private static Task<Guid> PastAppointmentAsync(TestClinic clinic, Guid patientId, int endedHoursAgo, AppointmentStatus status = AppointmentStatus.Booked) =>
        clinic.QueryAsync(async db =>
        {
            var practitioner = await db.Staff.Where(s => s.Email == clinic.PractitionerEmail).Select(s => s.Id).SingleAsync(Ct);
            var type = await db.AppointmentTypes.Where(t => t.Code == "treatment-45").Select(t => t.Id).SingleAsync(Ct);
            var end = DateTime.UtcNow.AddHours(-endedHoursAgo);
            var appointment = new Appointment
            {
                ClinicId = clinic.Id,
                PatientId = patientId,
                PractitionerId = practitioner,
                AppointmentTypeId = type,
                StartUtc = end.AddMinutes(-45),
                EndUtc = end,
                Status = status,
                CreatedAt = end.AddDays(-7),
                CreatedBy = "test",
            };
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync(Ct);
            return appointment.Id;
        });

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [GeneratedRegex(@"http://localhost(/after-session/[A-Za-z0-9_\-]+)")]
    private static partial Regex EmailLink();

    [GeneratedRegex(@"/portal/after-session/[0-9a-f\-]{36}")]
    private static partial Regex PortalLink();
}
