using System.Net;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.AfterSessions;

public sealed class AdverseEventTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_ByPractitioner_ListedForAdminWithFilters()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var saved = await Browserless.PostFormAsync(therapist, $"/patients/{clinic.PatientId}/adverse-events/new", "adverse-event", new()
        {
            ["Input.Description"] = "Bruising over the left erector spinae " + clinic.Tag,
            ["Input.Severity"] = nameof(AdverseEventSeverity.Moderate),
            ["Input.Outcome"] = nameof(AdverseEventOutcome.Ongoing),
            ["Input.OccurredOn"] = today,
            ["Input.ResolvedOn"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var recorded = await clinic.QueryAsync(db => db.Set<AdverseEvent>().SingleAsync(Ct));
        Assert.Equal(AdverseEventSeverity.Moderate, recorded.Severity);
        Assert.Equal(clinic.PatientId, recorded.PatientId);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        Assert.Contains("Bruising over the left erector spinae " + clinic.Tag, await admin.GetStringAsync("/admin/adverse-events?severity=Moderate", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Bruising over the left erector spinae " + clinic.Tag, await admin.GetStringAsync("/admin/adverse-events?severity=Severe", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Bruising over the left erector spinae " + clinic.Tag, await admin.GetStringAsync("/admin/adverse-events?outcome=Resolved", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_MissingDescriptionAndFutureDate_NamesTheFields()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var page = await (await Browserless.PostFormAsync(therapist, $"/patients/{clinic.PatientId}/adverse-events/new", "adverse-event", new()
        {
            ["Input.Description"] = "",
            ["Input.Severity"] = nameof(AdverseEventSeverity.Mild),
            ["Input.Outcome"] = nameof(AdverseEventOutcome.Ongoing),
            ["Input.OccurredOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Describe what happened.", page, StringComparison.Ordinal);
        Assert.Contains("The date cannot be in the future.", page, StringComparison.Ordinal);
        Assert.False(await clinic.QueryAsync(db => db.Set<AdverseEvent>().AnyAsync(Ct)));
    }

    [Theory]
    [InlineData("practitioner")]
    [InlineData("frontdesk")]
    public async Task AdverseEventsPage_NonAdmin_IsRefused(string who)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, who == "practitioner" ? clinic.PractitionerEmail : clinic.FrontDeskEmail);

        var response = await client.GetAsync("/admin/adverse-events", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
