using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Features.EmergencyAccess;
using BackPlan.Web.Tests.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.EmergencyAccess;

/// <summary>
/// Break the glass (decision 0040): a practitioner outside the patient's care team reads the
/// clinical record only after giving a reason; the access is audited as emergency access, the
/// admins are alerted, and the patient sees it.
/// </summary>
public class EmergencyAccessTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Reason = "Covering for the patient's therapist, who is off sick today";

    /// <summary>A patient booked with the clinic's practitioner, and a second practitioner outside their care team.</summary>
    private async Task<(BookingClinic Booking, string OutsiderEmail)> PatientOfAnotherPractitionerAsync()
    {
        var booking = await BookingClinic.CreateAsync(app);
        await booking.AddPractitionerAsync();
        using var desk = await booking.Clinic.ClientAsAsync(booking.Clinic.FrontDeskEmail);
        await booking.BookAsync(desk, "treatment-45", BookingClinic.LocalStart(3, 10));
        return (booking, $"second-{booking.Clinic.Tag}@clinic.test");
    }

    [Fact]
    public async Task Api_OutsideTheCareTeam_403WithBreakGlassType_UntilAReasonIsGiven()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        using var client = await clinic.ClientAsAsync(outsider);

        var refused = await client.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(EmergencyAccessRules.ProblemType, problem.GetProperty("type").GetString());
        Assert.Equal($"/api/v1/patients/{clinic.PatientId}/emergency-access", problem.GetProperty("emergencyAccess").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/fhir/Patient/{clinic.PatientId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/fhir/Observation?patient=Patient/{clinic.PatientId}", Ct)).StatusCode);
        Assert.Equal(0, await clinic.QueryAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == clinic.PatientId && e.Action == "patient.read", Ct)));

        var opened = await client.PostAsJsonAsync($"/api/v1/patients/{clinic.PatientId}/emergency-access", new { reason = Reason }, Ct);

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var grant = (await opened.Content.ReadFromJsonAsync<EmergencyAccessDto>(Ct))!;
        Assert.Equal(EmergencyAccessRules.GrantDuration, grant.ExpiresAt - grant.GrantedAt);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/fhir/Patient/{clinic.PatientId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task BreakGlass_IsAuditedAsEmergency_AlertsAndEmailsEveryAdmin_AndThePatientSeesIt()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        using var client = await clinic.ClientAsAsync(outsider);

        (await client.PostAsJsonAsync($"/api/v1/patients/{clinic.PatientId}/emergency-access", new { reason = Reason }, Ct)).EnsureSuccessStatusCode();

        var entry = await clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.PatientId == clinic.PatientId && e.Action == EmergencyAccessRules.AuditAction, Ct));
        Assert.Equal((Reason, "Practitioner"), (entry.Detail, entry.Role));
        Assert.NotNull(entry.Hash); // in the clinic's chain like every other entry
        var admin = await clinic.QueryAsync(db => db.Staff.SingleAsync(s => s.Email == clinic.AdminEmail, Ct));
        var alert = await clinic.QueryAsync(db => db.Alerts.SingleAsync(a => a.PatientId == clinic.PatientId && a.Kind == AlertKinds.EmergencyAccess, Ct));
        Assert.Equal(admin.Id, alert.StaffMemberId);
        Assert.Contains(Reason, alert.Detail, StringComparison.Ordinal);
        var mail = await clinic.QueryAsync(db => db.Outbox.SingleAsync(m => m.To == clinic.AdminEmail && m.Kind == "staff-alert", Ct));
        Assert.DoesNotContain(Reason, mail.TextBody, StringComparison.Ordinal); // no health details by email

        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        var log = JsonDocument.Parse(await patient.GetStringAsync("/api/v1/me/access-log", Ct)).RootElement;
        var emergency = Assert.Single(log.GetProperty("entries").EnumerateArray(), e => e.GetProperty("emergency").GetBoolean());
        Assert.Equal(EmergencyAccessRules.AuditAction, emergency.GetProperty("action").GetString());
        using var portal = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        Assert.Contains("in an emergency</strong>", await portal.GetStringAsync("/portal/access-log", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("urgent")]
    public async Task BreakGlass_WithoutAProperReason_400NamingReason_NothingOpened(string reason)
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        using var client = await booking.Clinic.ClientAsAsync(outsider);

        var response = await client.PostAsJsonAsync($"/api/v1/patients/{booking.Clinic.PatientId}/emergency-access", new { reason }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/patients/{booking.Clinic.PatientId}", Ct)).StatusCode);
        Assert.Equal(0, await booking.QueryAsync(db => db.Set<EmergencyGrant>().CountAsync(g => g.PatientId == booking.Clinic.PatientId, Ct)));
    }

    [Fact]
    public async Task CareTeam_OwnPractitionerAdminFrontDeskAndNewPatients_AreNotAsked()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        foreach (var email in new[] { clinic.PractitionerEmail, clinic.FrontDeskEmail })
        {
            using var client = await clinic.ClientAsAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).StatusCode);
        }

        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/patients/{clinic.PatientId}", Ct)).StatusCode);

        // A new patient has nobody on their care team yet: any practitioner takes them on.
        var newcomer = await clinic.RegisterPatientAsync("New", "Comer");
        using var second = await clinic.ClientAsAsync(outsider);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/v1/patients/{newcomer.Id}", Ct)).StatusCode);
        // Booking and lists stay open: finding a patient is not reading their record.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/v1/patients?search={clinic.Tag}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Page_OutsideTheCareTeam_AsksForAReason_KeepsInput_ThenOpensTheRecord()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        using var browser = await Browserless.SignedInAsync(app, outsider);
        var record = $"/patients/{clinic.PatientId}";

        var asked = await browser.GetAsync(record, Ct);

        Assert.Equal($"/patients/{clinic.PatientId}/emergency-access", asked.RequestMessage!.RequestUri!.AbsolutePath);
        var url = asked.RequestMessage.RequestUri.PathAndQuery;
        var page = await asked.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Emergency access</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat ", page, StringComparison.Ordinal); // nothing of the record before the reason

        var tooShort = await Browserless.PostFormAsync(browser, url, "emergency-access", new() { ["Input.Reason"] = "cover" });
        var again = await tooShort.Content.ReadAsStringAsync(Ct);
        Assert.Contains("the reason has at least 15 characters", again, StringComparison.Ordinal);
        Assert.Contains(">cover</textarea>", again, StringComparison.Ordinal);

        var opened = await Browserless.PostFormAsync(browser, url, "emergency-access", new() { ["Input.Reason"] = Reason });

        Assert.Equal(record, opened.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Self{clinic.Tag}", await opened.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_RunOut_AsksAgain()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        using var client = await clinic.ClientAsAsync(outsider);
        (await client.PostAsJsonAsync($"/api/v1/patients/{clinic.PatientId}/emergency-access", new { reason = Reason }, Ct)).EnsureSuccessStatusCode();

        // Eight hours on, as the clock would have it (the grant, not the audit, is what runs out).
        await clinic.QueryAsync(db => db.Set<EmergencyGrant>().Where(g => g.PatientId == clinic.PatientId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), Ct));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ClinicSetting_Off_EveryPractitionerReadsEveryRecord()
    {
        var (booking, outsider) = await PatientOfAnotherPractitionerAsync();
        var clinic = booking.Clinic;
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        (await Browserless.PostFormAsync(admin, "/staff", "care-team-rule", new())).EnsureSuccessStatusCode(); // the box unticked

        Assert.False(await clinic.QueryAsync(db => db.Clinics.Select(c => c.RecordsForCareTeamOnly).SingleAsync(Ct)));
        using var client = await clinic.ClientAsAsync(outsider);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).StatusCode);
    }
}
