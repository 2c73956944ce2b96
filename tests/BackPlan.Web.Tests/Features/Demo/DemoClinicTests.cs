using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Demo;

/// <summary>An app of its own with the demo enabled, as on a first `dotnet run`.</summary>
public sealed class DemoApp : BackPlanApp
{
    protected override bool DemoEnabled => true;
}

public class DemoClinicTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("admin@demo.backplan.test")]
    [InlineData("therapist@demo.backplan.test")]
    [InlineData("frontdesk@demo.backplan.test")]
    [InlineData("patient@demo.backplan.test")]
    public async Task DemoAccounts_SignInWithDemoPassword(string email)
    {
        using var client = await ApiClient.SignedInAsync(demo, email, TestClinic.Password);

        Assert.NotNull(client.DefaultRequestHeaders.Authorization);
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
    public async Task DemoPatient_HasAnApprovedProgramBuiltByTheEngine()
    {
        using var client = await Browserless.SignedInAsync(demo, "patient@demo.backplan.test", TestClinic.Password);

        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var link = System.Text.RegularExpressions.Regex.Match(home, "/plans/[0-9a-f-]{36}");
        Assert.True(link.Success, "the demo patient's home page links to their program");
        var program = await client.GetStringAsync(link.Value, TestContext.Current.CancellationToken);

        Assert.Contains("Your home exercises", program, StringComparison.Ordinal);
        Assert.Contains("lift my daughter", program, StringComparison.OrdinalIgnoreCase);
    }
}
