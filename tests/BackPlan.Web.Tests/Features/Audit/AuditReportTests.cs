using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Audit;
using BackPlan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Audit;

/// <summary>The admin's audit report: filters by patient, user, action and period, and its CSV export (issue 16, item 2).</summary>
public class AuditReportTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_FiltersByActionBeginning_InAnyCase_AndByPeriod()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Report", "Action" + clinic.Tag);
        using var api = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await api.GetAsync($"/api/v1/patients/{patient.Id}", Ct)).EnsureSuccessStatusCode();
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var reads = await admin.GetStringAsync("/audit?action=PATIENT.r", Ct);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var todays = await admin.GetStringAsync($"/audit?from={today}&to={today}&action=Patient.", Ct);
        var later = await admin.GetStringAsync($"/audit?from={tomorrow}", Ct);

        Assert.Contains("<code>patient.read</code>", reads, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>Patient.added</code>", reads, StringComparison.Ordinal);
        Assert.Contains("<code>Patient.added</code>", todays, StringComparison.Ordinal);
        Assert.Contains("No entries match.", later, StringComparison.Ordinal);
        // The export link carries the same filters.
        Assert.Contains($"href=\"/audit/export.csv?action=PATIENT.r\"", reads, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithBadFilters_ShowsEachErrorBesideItsField_AndKeepsWhatWasTyped()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var response = await admin.GetAsync($"/audit?from=31.12.2026&to=2026-01-01&action={new string('x', 65)}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"from-error\" class=\"field-error\" aria-live=\"polite\">Give a date as yyyy-mm-dd.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"action-error\" class=\"field-error\" aria-live=\"polite\">An action has at most 64 characters.</div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31.12.2026\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/audit/export.csv", html, StringComparison.Ordinal);

        var backwards = await admin.GetStringAsync("/audit?from=2026-02-01&to=2026-01-01", Ct);
        Assert.Contains("The end of the period must not be before its start.", backwards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsTheFilteredEntriesAsCsv_WithChainPlaces_AndIsItselfAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var patient = await clinic.RegisterPatientAsync("Pat", "Formula" + clinic.Tag);
        // A name a spreadsheet would run as a formula: the file must not.
        await clinic.QueryAsync(async db =>
        {
            (await db.Patients.SingleAsync(p => p.Id == patient.Id, Ct)).FamilyName = "=HYPERLINK(\"http://evil.test\")" + clinic.Tag;
            return await db.SaveChangesAsync(Ct);
        });
        var other = await clinic.RegisterPatientAsync("Other", "Csv" + clinic.Tag);
        using var api = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await api.GetAsync($"/api/v1/patients/{patient.Id}", Ct)).EnsureSuccessStatusCode();
        (await api.GetAsync($"/api/v1/patients/{other.Id}", Ct)).EnsureSuccessStatusCode();
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var response = await admin.GetAsync($"/audit/export.csv?patient={patient.Id}&action=patient.read", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', AuditReportExport.Columns), lines[0]);
        var row = Assert.Single(lines[1..]);
        var entry = await clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.PatientId == patient.Id && e.Action == "patient.read", Ct));
        Assert.StartsWith($"{entry.Sequence},{entry.At:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'},{entry.UserId},Practitioner {clinic.Tag},Practitioner,patient.read,{patient.Id},", row, StringComparison.Ordinal);
        Assert.Contains($",\"'=HYPERLINK(\"\"http://evil.test\"\"){clinic.Tag}, Pat\",", row, StringComparison.Ordinal);
        Assert.EndsWith($",{entry.Hash}", row, StringComparison.Ordinal);

        var audit = await clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "audit.export", Ct));
        Assert.Equal($"?patient={patient.Id}&action=patient.read", audit.Detail);
        Assert.Equal("Admin", audit.Role);
    }

    [Fact]
    public async Task Export_WithBadFilters_IsAProblemNamingEachField()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var response = await admin.GetAsync("/audit/export.csv?patient=nobody&from=yesterday", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Equal(["Give an id from this clinic's list."], problem!.Errors["patient"]);
        Assert.Equal(["Give a date as yyyy-mm-dd."], problem.Errors["from"]);
    }

    [Theory]
    [InlineData("Practitioner")]
    [InlineData("FrontDesk")]
    [InlineData("Patient")]
    public async Task Export_IsForAdminsOnly(string role)
    {
        var clinic = await TestClinic.CreateAsync(app);
        var email = role switch { "Practitioner" => clinic.PractitionerEmail, "FrontDesk" => clinic.FrontDeskEmail, _ => clinic.PatientEmail };
        using var client = await clinic.ClientAsAsync(email);

        var response = await client.GetAsync("/audit/export.csv", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_ShowsOnlyTheAdminsOwnClinic()
    {
        var mine = await TestClinic.CreateAsync(app);
        var theirs = await TestClinic.CreateAsync(app);
        var theirPatient = await theirs.RegisterPatientAsync("Their", "Patient" + theirs.Tag);
        using var admin = await mine.ClientAsAsync(mine.AdminEmail);

        var csv = await admin.GetStringAsync($"/audit/export.csv?patient={theirPatient.Id}", Ct);

        Assert.Equal(string.Join(',', AuditReportExport.Columns), csv.TrimEnd('\n'));
    }
}
