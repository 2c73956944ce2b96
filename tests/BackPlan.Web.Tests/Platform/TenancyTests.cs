using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

public class TenancyTests(BackPlanApp app)
{
    [Fact]
    public async Task OtherClinicsPatient_ApiRead_Returns404()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        var bPatient = await b.RegisterPatientAsync("Bea", "Other" + b.Tag);
        using var client = await a.ClientAsAsync(a.AdminEmail);

        var response = await client.GetAsync($"/api/v1/patients/{bPatient.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OtherClinicsPatients_ListAndSearch_NeitherFoundNorCounted()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        await b.RegisterPatientAsync("Bea", "Hidden" + b.Tag);
        await a.RegisterPatientAsync("Ala", "Visible" + a.Tag);
        using var client = await a.ClientAsAsync(a.PractitionerEmail);

        var search = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>($"/api/v1/patients?search=Hidden{b.Tag}", TestContext.Current.CancellationToken);
        var all = await client.GetFromJsonAsync<PageDto<PatientSummaryDto>>("/api/v1/patients?pageSize=100", TestContext.Current.CancellationToken);

        Assert.Equal(0, search!.Total);
        Assert.Empty(search.Items);
        // Clinic A holds its signed-in patient and Ala: nothing of B leaks into the total.
        Assert.Equal(2, all!.Total);
        Assert.DoesNotContain(all.Items, p => p.FamilyName.Contains(b.Tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherClinicsPatient_Page_Returns404()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        var bPatient = await b.RegisterPatientAsync("Bea", "Page" + b.Tag);
        using var client = await Browserless.SignedInAsync(app, a.PractitionerEmail);

        var response = await client.GetAsync($"/patients/{bPatient.Id}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Page" + b.Tag, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherClinicsPatientsList_Page_DoesNotShowThem()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        await b.RegisterPatientAsync("Bea", "Listed" + b.Tag);
        using var client = await Browserless.SignedInAsync(app, a.FrontDeskEmail);

        var html = await client.GetStringAsync($"/patients?search=Listed{b.Tag}", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Listed" + b.Tag + "</a>", html, StringComparison.Ordinal);
        Assert.Contains("No patient matches", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PooledContexts_EachScopeSeesOnlyItsOwnClinic()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);

        // Contexts are pooled: one scope's clinic must never reach the next scope's queries or saves.
        foreach (var clinic in new[] { a, b, a, b })
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinic.Id);
            var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
            Assert.Equal(clinic.Id, (await db.Clinics.SingleAsync(ct)).Id);
            Assert.All(await db.Staff.ToListAsync(ct), s => Assert.Equal(clinic.Id, s.ClinicId));
        }
    }
}
