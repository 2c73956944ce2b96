using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Demo;

/// <summary>An app of its own with the demo enabled, as on a first `dotnet run`.</summary>
public sealed class DemoApp : BackPlanApp
{
    protected override bool DemoEnabled => true;
}

public class DemoClinicTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("therapist@demo.backplan.test")]
    [InlineData("frontdesk@demo.backplan.test")]
    [InlineData("patient@demo.backplan.test")]
    public async Task DemoAccounts_SignInWithDemoPassword(string email)
    {
        using var client = await ApiClient.SignedInAsync(demo, email, TestClinic.Password);

        Assert.NotNull(client.DefaultRequestHeaders.Authorization);
    }

    [Fact]
    public async Task DemoAdmin_MustSetUpTwoFactorSignIn_BeforeGettingAToken()
    {
        using var response = await demo.CreateClient().PostAsJsonAsync(AccountApi.TokenPath,
            new { email = "admin@demo.backplan.test", password = TestClinic.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(TwoFactorSetupGate.ApiMessage, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoTherapist_SeesAboutThirtyPatients()
    {
        using var client = await ApiClient.SignedInAsync(demo, "therapist@demo.backplan.test", TestClinic.Password);

        var page = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>("/api/v1/patients?pageSize=100", TestContext.Current.CancellationToken);

        Assert.InRange(page!.Total, 30, 40);
        Assert.Contains(page.Items, p => p.Email == "patient@demo.backplan.test");
    }

    [Fact]
    public async Task DemoPatient_CannotListPatients()
    {
        using var client = await ApiClient.SignedInAsync(demo, "patient@demo.backplan.test", TestClinic.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/patients", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task DemoTherapist_SeesAnEpisodeCarriedToAnApprovedProgram()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await Browserless.SignedInAsync(demo, "therapist@demo.backplan.test", TestClinic.Password);
        Guid planId;
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BackPlan.Web.Data.BackPlanDb>();
            // The patient carried through the loop (the outcome history has approved programs too).
            planId = await db.PlanVersions.IgnoreQueryFilters().Where(p => p.Status == BackPlan.Web.Features.Plans.PlanStatus.Approved && p.PatientGoals != null && p.PatientGoals.Contains("daughter")).Select(p => p.Id).SingleAsync(ct);
        }

        var program = await client.GetStringAsync($"/plans/{planId}", ct);

        Assert.Contains("Your home exercises", program, StringComparison.Ordinal);
        Assert.Contains("lift my daughter", program, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DemoFrontDesk_FindsPractitionersWithHoursAndFreeSlotsNextWeek()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await ApiClient.SignedInAsync(demo, "frontdesk@demo.backplan.test", TestClinic.Password);

        var practitioners = await client.GetFromJsonAsync<List<BackPlan.Web.Features.Staff.PractitionerDto>>("/api/v1/practitioners", ct);
        var types = await client.GetFromJsonAsync<List<BackPlan.Web.Features.Appointments.AppointmentTypeDto>>("/api/v1/appointment-types", ct);
        var tomasz = practitioners!.Single(p => p.FullName == "Tomasz Terapeuta");
        var from = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var slots = await client.GetFromJsonAsync<BackPlan.Web.Features.Appointments.AvailabilityDto>($"/api/v1/availability?practitionerId={tomasz.Id}&type=initial-assessment&from={from}", ct);

        Assert.Equal(2, practitioners!.Count);
        Assert.All(practitioners, p => Assert.True(p.MayBook && p.WorkingHours.Count > 0));
        Assert.Equal(["initial-assessment", "review", "treatment-30", "treatment-45", "treatment-60"], types!.Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.Equal(5 * 29, slots!.Slots.Count); // Mon–Fri 08:00–16:00: 60-minute visits start 08:00…15:00
    }

    [Fact]
    public async Task DemoOutcomes_GiveMeaningfulFigures()
    {
        using var client = await ApiClient.SignedInAsync(demo, "therapist@demo.backplan.test", TestClinic.Password);

        var summary = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/outcomes/summary", TestContext.Current.CancellationToken);

        var episodes = summary.GetProperty("episodes");
        Assert.InRange(episodes.GetProperty("started").GetInt32(), 60, 62);
        Assert.InRange(episodes.GetProperty("lostToFollowUp").GetInt32(), 1, 15);
        var responders = summary.GetProperty("painResponderFourWeeks");
        Assert.False(responders.GetProperty("tooFewToTell").GetBoolean());
        Assert.InRange(responders.GetProperty("proportion").GetDouble(), 0.4, 0.9); // some non-responders
        Assert.True(summary.GetProperty("painFreeAtOneMonth").GetProperty("count").GetInt32() > 0);
        Assert.True(summary.GetProperty("care").GetProperty("sessionsAttended").GetProperty("mean").GetDouble() > 2);
        Assert.Equal(2, summary.GetProperty("completenessByPractitioner").GetArrayLength());
    }
}
