using System.Net;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Tests.Features.Portal;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Alerts;

public sealed class StaffAlertTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Raise_WithoutAppointments_EmailsEveryPractitionerWithoutHealthDetails()
    {
        var clinic = await TestClinic.CreateAsync(app);

        await RaiseAsync(clinic, "NPRS 9 in today's check-in");
        Assert.True(await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct) >= 1);

        var mail = Assert.Single(app.Smtp.Messages, m => m.To.ToString().Contains(clinic.PractitionerEmail, StringComparison.Ordinal));
        Assert.Contains("/alerts", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("NPRS", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Smtp.Messages, m => m.To.ToString().Contains(clinic.FrontDeskEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlertsPage_ShowsOpenAlert_AcknowledgeMovesItToAcknowledged()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        await RaiseAsync(clinic, "Pain 8 after bridging");
        await RaiseAsync(other, "Another clinic's alert");
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = await therapist.GetStringAsync("/alerts", Ct);
        Assert.Contains("Pain rated 7 or more", page, StringComparison.Ordinal);
        Assert.Contains("Pain 8 after bridging", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Another clinic's alert", page, StringComparison.Ordinal);
        // The menu counts the clinic's open alerts (OpenAlertsLink), not the other clinic's.
        Assert.Contains("<span class=\"count\">1<span class=\"visually-hidden\"> open</span></span>", page, StringComparison.Ordinal);

        var alertId = await clinic.QueryAsync(db => db.Alerts.Select(a => a.Id).SingleAsync(Ct));
        await Browserless.PostFormAsync(therapist, "/alerts", "acknowledge", new() { ["AcknowledgeId"] = alertId.ToString() });

        var acknowledged = await clinic.QueryAsync(db => db.Alerts.SingleAsync(Ct));
        Assert.NotNull(acknowledged.AcknowledgedAt);
        var after = await therapist.GetStringAsync("/alerts", Ct);
        Assert.DoesNotContain("Pain 8 after bridging", after, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"count\"", after, StringComparison.Ordinal);
        Assert.Contains("Pain 8 after bridging", await therapist.GetStringAsync("/alerts?show=done", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsPage_Patient_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var response = await patient.GetAsync("/alerts", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<StaffAlert> RaiseAsync(TestClinic clinic, string detail) => clinic.InScopeAsync(async sp =>
    {
        var alert = await sp.GetRequiredService<StaffAlerts>().RaiseAsync(
            new AlertRequest(clinic.Id, clinic.PatientId, AlertKinds.HighPain, AlertSeverity.Warning, detail, $"/patients/{clinic.PatientId}"), Ct);
        await sp.GetRequiredService<BackPlan.Web.Data.BackPlanDb>().SaveChangesAsync(Ct);
        return alert;
    });
}
