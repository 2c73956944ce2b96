using System.Net;
using System.Text.Json;
using BackPlan.Web.Features.Audit;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Audit;

/// <summary>The patient's view of who read or changed their record: <c>/portal/access-log</c> and <c>GET /api/v1/me/access-log</c>.</summary>
public class AccessLogTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccessLog_AfterStaffReadAndChange_ListsWhoRoleKindAndArea_NotThePatientsOwnUse()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await therapist.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).EnsureSuccessStatusCode();
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        (await patient.GetAsync("/api/v1/me/progress", Ct)).EnsureSuccessStatusCode(); // the patient's own use: not listed

        var response = await patient.GetAsync("/api/v1/me/access-log", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var entries = body.GetProperty("entries").EnumerateArray().ToList();
        var read = Assert.Single(entries, e => e.GetProperty("action").GetString() == "patient.read");
        Assert.Equal(("Practitioner", PatientAccessLog.Read, "details"), (read.GetProperty("role").GetString(), read.GetProperty("kind").GetString(), read.GetProperty("area").GetString()));
        Assert.False(string.IsNullOrEmpty(read.GetProperty("who").GetString()));
        Assert.True(DateTime.UtcNow - read.GetProperty("at").GetDateTime().ToUniversalTime() < TimeSpan.FromMinutes(5));
        Assert.DoesNotContain(entries, e => e.GetProperty("role").GetString() == "Patient");
        Assert.Equal(entries.Count, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AccessLog_OnlyTheCallersOwnRecord()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var otherClinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        async Task<int> TotalAsync() => JsonDocument.Parse(await patient.GetStringAsync("/api/v1/me/access-log", Ct)).RootElement.GetProperty("total").GetInt32();
        var before = await TotalAsync();
        using var therapist = await otherClinic.ClientAsAsync(otherClinic.PractitionerEmail);
        (await therapist.GetAsync($"/api/v1/patients/{otherClinic.PatientId}", Ct)).EnsureSuccessStatusCode();
        var neighbour = await clinic.RegisterPatientAsync("Other", "Patient");
        using var colleague = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await colleague.GetAsync($"/api/v1/patients/{neighbour.Id}", Ct)).EnsureSuccessStatusCode();
        (await colleague.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).EnsureSuccessStatusCode();

        // Only the colleague's read of this patient: not another patient's record, not another clinic's.
        Assert.Equal(before + 1, await TotalAsync());
    }

    [Fact]
    public async Task AccessLog_StaffToken403_Anonymous401()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await therapist.GetAsync("/api/v1/me/access-log", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/access-log", Ct)).StatusCode);
    }

    [Fact]
    public async Task AccessLog_PageThatIsNotANumber_Is400NotAnError()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var response = await patient.GetAsync("/api/v1/me/access-log?page=first", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PortalAccessLog_ShowsTheReaderByNameAndRole()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        (await therapist.GetAsync($"/api/v1/patients/{clinic.PatientId}", Ct)).EnsureSuccessStatusCode();
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/access-log", Ct);

        Assert.Contains("<h1>Who has seen your record</h1>", page, StringComparison.Ordinal);
        Assert.Matches("<td>[^<]+</td>\\s*<td>Practitioner</td>\\s*<td>read</td>\\s*<td>your details</td>", page);
    }

    [Theory]
    [InlineData("patient.read", "read", "details")]
    [InlineData("Patient.modified", "change", "details")]
    [InlineData("appointment.read", "read", "appointments")]
    [InlineData("Appointment.created", "change", "appointments")]
    [InlineData("AmendmentRequest.added", "change", "details")]
    [InlineData("portal.book", "read", "appointments")]
    [InlineData("patient.program", "read", "home-program")]
    [InlineData("ExerciseLog.modified", "change", "home-program")]
    [InlineData("SessionNote.created", "change", "sessions")]
    [InlineData("adverse-event.form", "read", "sessions")]
    [InlineData("PlanVersion.modified", "change", "plan")]
    [InlineData("referral.read", "read", "plan")]
    [InlineData("QuestionnaireResponse.created", "change", "assessment")]
    [InlineData("examination.read", "read", "assessment")]
    [InlineData("patient.progress", "read", "progress")]
    [InlineData("outbox.eml", "read", "messages")]
    public void KindAndArea_FromTheAuditAction(string action, string kind, string area)
    {
        Assert.Equal((kind, area), (PatientAccessLog.KindOf(action), PatientAccessLog.AreaOf(action)));
        Assert.Contains(area, PatientAccessLog.Areas);
    }
}
