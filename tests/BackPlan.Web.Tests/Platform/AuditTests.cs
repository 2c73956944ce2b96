using System.Net.Http.Json;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Platform;

public class AuditTests(BackPlanApp app)
{
    [Fact]
    public async Task ApiRead_OfPatient_WritesAuditEntryWithWhoWhatWhere()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Olga", "Audited" + clinic.Tag);
        using var client = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        await client.GetFromJsonAsync<object>($"/api/v1/patients/{patient.Id}", TestContext.Current.CancellationToken);

        var entry = Assert.Single(await EntriesAsync(clinic.Id, e => e.Action == "patient.read" && e.PatientId == patient.Id));
        Assert.Equal($"Practitioner {clinic.Tag}", entry.UserName);
        Assert.Equal("Practitioner", entry.Role);
        Assert.NotNull(entry.UserId);
        Assert.True(entry.At > DateTime.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task PageRead_OfPatient_WritesAuditEntry()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Piotr", "PageAudit" + clinic.Tag);
        using var client = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var html = await client.GetStringAsync($"/patients/{patient.Id}", TestContext.Current.CancellationToken);

        Assert.Contains("PageAudit" + clinic.Tag, html, StringComparison.Ordinal);
        var entry = Assert.Single(await EntriesAsync(clinic.Id, e => e.Action == "patient.read" && e.PatientId == patient.Id));
        Assert.Equal("FrontDesk", entry.Role);
    }

    [Fact]
    public async Task ListAndCreate_WriteAuditEntries()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Nina", "Created" + clinic.Tag);
        using var client = await clinic.ClientAsAsync(clinic.AdminEmail);

        await client.GetFromJsonAsync<object>("/api/v1/patients?search=created", TestContext.Current.CancellationToken);

        Assert.Single(await EntriesAsync(clinic.Id, e => e.Action == "Patient.added" && e.PatientId == patient.Id));
        var list = Assert.Single(await EntriesAsync(clinic.Id, e => e.Action == "patient.list"));
        Assert.Equal("?search=created", list.Detail);
    }

    [Fact]
    public async Task FailedRead_OfOtherClinicsPatient_WritesNoReadEntry()
    {
        var a = await TestClinic.CreateAsync(app);
        var b = await TestClinic.CreateAsync(app);
        var bPatient = await b.RegisterPatientAsync("Bo", "Nope" + b.Tag);
        using var client = await a.ClientAsAsync(a.PractitionerEmail);

        await client.GetAsync($"/api/v1/patients/{bPatient.Id}", TestContext.Current.CancellationToken);

        Assert.Empty(await EntriesAsync(a.Id, e => e.PatientId == bPatient.Id));
        Assert.Empty(await EntriesAsync(b.Id, e => e.Action == "patient.read"));
    }

    [Fact]
    public async Task AuditPage_Admin_SeesEntriesFilteredByPatient()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var seen = await clinic.RegisterPatientAsync("Seen", "Filter" + clinic.Tag);
        var other = await clinic.RegisterPatientAsync("Other", "Filter" + clinic.Tag);
        using var api = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        await api.GetAsync($"/api/v1/patients/{seen.Id}", TestContext.Current.CancellationToken);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var html = await admin.GetStringAsync($"/audit?patient={seen.Id}", TestContext.Current.CancellationToken);

        Assert.Contains("patient.read", html, StringComparison.Ordinal);
        Assert.Contains($"Practitioner {clinic.Tag}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The guard for every later feature: an API endpoint, or a page behind sign-in, must declare
    /// whether it shows patient data, so none can skip the read audit by forgetting.
    /// </summary>
    [Fact]
    public void EveryApiEndpointAndSignedInPage_DeclaresWhetherItShowsPatientData()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/v1/patients/{id:guid}");

        var undeclared = endpoints
            .Where(e => IsApi(e) || RequiresSignIn(e))
            .Where(e => e.Metadata.GetMetadata<AuditsPatientDataAttribute>() is null && e.Metadata.GetMetadata<NoPatientDataAttribute>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undeclared);
    }

    private static bool IsApi(RouteEndpoint e) =>
        e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true
        || e.RoutePattern.RawText?.TrimStart('/').StartsWith("fhir", StringComparison.Ordinal) == true;

    private static bool RequiresSignIn(RouteEndpoint e) =>
        e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any() && e.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private async Task<List<AuditEntry>> EntriesAsync(Guid clinicId, System.Linq.Expressions.Expression<Func<AuditEntry, bool>> where)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        return await db.AuditEntries.IgnoreQueryFilters().Where(e => e.ClinicId == clinicId).Where(where).ToListAsync();
    }
}
