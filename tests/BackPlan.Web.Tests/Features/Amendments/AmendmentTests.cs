using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Amendments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Amendments;

/// <summary>A patient asks for a correction; staff accept or deny it with a reason that stays; the patient may disagree (HIPAA §164.526, decision 0041).</summary>
public class AmendmentTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_DeniedWithReason_PatientDisagrees_AllStayOnTheRecord_AndAreAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var created = await patient.PostAsJsonAsync("/api/v1/me/amendments", new { whatIsWrong = "My date of birth is 17 May", shouldSay = "It is 18 May 1980" }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = (await created.Content.ReadFromJsonAsync<AmendmentDto>(Ct))!;
        Assert.Equal("pending", request.Status);

        // Staff see it waiting, and on the patient's page; they deny it with a reason.
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        Assert.Contains("My date of birth is 17 May", await therapist.GetStringAsync("/amendments", Ct), StringComparison.Ordinal);
        Assert.Contains("It is 18 May 1980", await therapist.GetStringAsync($"/patients/{clinic.PatientId}", Ct), StringComparison.Ordinal);
        var missing = await Browserless.PostFormAsync(therapist, $"/amendments/{request.Id}", "amendment-decision", new() { ["Input.Decision"] = "deny", ["Input.Note"] = "" });
        Assert.Contains("Give the reason for the denial: the patient will read it.", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        (await Browserless.PostFormAsync(therapist, $"/amendments/{request.Id}", "amendment-decision",
            new() { ["Input.Decision"] = "deny", ["Input.Note"] = "The passport copy on file says 17 May" })).EnsureSuccessStatusCode();

        var disagree = await patient.PostAsJsonAsync($"/api/v1/me/amendments/{request.Id}/disagreement", new { statement = "The passport has a typing error" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, disagree.StatusCode);
        var mine = Assert.Single((await patient.GetFromJsonAsync<List<AmendmentDto>>("/api/v1/me/amendments", Ct))!);
        Assert.Equal(("denied", "The passport copy on file says 17 May", "The passport has a typing error"), (mine.Status, mine.DecisionNote, mine.Disagreement));
        var page = await therapist.GetStringAsync($"/patients/{clinic.PatientId}", Ct);
        Assert.Contains("The passport copy on file says 17 May", page, StringComparison.Ordinal);
        Assert.Contains("The passport has a typing error", page, StringComparison.Ordinal);
        var actions = await clinic.QueryAsync(db => db.AuditEntries.Where(e => e.PatientId == clinic.PatientId && e.Action.StartsWith("AmendmentRequest.")).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal(["AmendmentRequest.added", "AmendmentRequest.modified", "AmendmentRequest.modified"], actions.Order(StringComparer.Ordinal));
        // A second statement, or one on a request that is not denied, is refused.
        Assert.Equal(HttpStatusCode.NotFound, (await patient.PostAsJsonAsync($"/api/v1/me/amendments/{request.Id}/disagreement", new { statement = "Again" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Portal_RequestForm_ErrorsBesideTheField_KeepsInput_ThenAccepted_PatientSeesWhatChanged()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var portal = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var incomplete = await Browserless.PostFormAsync(portal, "/portal/amendments", "amendment", new() { ["Input.WhatIsWrong"] = "Wrong phone number", ["Input.ShouldSay"] = "" });
        var page = await incomplete.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Say what it should say instead.", page, StringComparison.Ordinal);
        Assert.Contains(">Wrong phone number</textarea>", page, StringComparison.Ordinal);

        (await Browserless.PostFormAsync(portal, "/portal/amendments", "amendment", new() { ["Input.WhatIsWrong"] = "Wrong phone number", ["Input.ShouldSay"] = "+48 600 100 200" })).EnsureSuccessStatusCode();
        var id = await clinic.QueryAsync(db => db.Set<AmendmentRequest>().Where(a => a.PatientId == clinic.PatientId).Select(a => a.Id).SingleAsync(Ct));
        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        (await Browserless.PostFormAsync(admin, $"/amendments/{id}", "amendment-decision", new() { ["Input.Decision"] = "accept", ["Input.Note"] = "Phone number corrected" })).EnsureSuccessStatusCode();

        var after = await portal.GetStringAsync("/portal/amendments", Ct);
        Assert.Contains("Phone number corrected", after, StringComparison.Ordinal);
        Assert.Contains("Accepted", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BadInput_400NamingTheFields_StaffCannotUseThePatientsApi()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var response = await patient.PostAsJsonAsync("/api/v1/me/amendments", new { whatIsWrong = "", shouldSay = new string('x', 2001) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("whatIsWrong", out _));
        Assert.True(errors.TryGetProperty("shouldSay", out _));
        using var desk = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.GetAsync("/api/v1/me/amendments", Ct)).StatusCode);
    }
}
