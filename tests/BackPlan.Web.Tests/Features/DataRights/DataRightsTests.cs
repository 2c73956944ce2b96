using System.Net;
using System.Text.Json;
using BackPlan.Web.Features.DataRights;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.DataRights;

public class DataRightsTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_Patient_HasEverythingOfTheirsAndNothingOfAnyoneElse()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 6 }, 25);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2);
        // Someone else in the same clinic, with records of their own.
        var neighbour = await clinic.RegisterPatientAsync("Nina", $"Neighbour{clinic.Tag}");
        var (neighbourEpisode, _) = await ProgramSetup.ApprovedProgramAsync(clinic, neighbour.Id);
        await ProgramSetup.RespondAsync(clinic, neighbour.Id, neighbourEpisode, "nprs", new() { ["nprs.current"] = 9 }, 25);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var response = await patient.GetAsync("/api/v1/me/export", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(clinic.PatientId, root.GetProperty("patient").GetProperty("id").GetGuid());
        Assert.Equal(episodeId, Assert.Single(root.GetProperty("episodes").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(6, Assert.Single(root.GetProperty("responses").EnumerateArray()).GetProperty("score").GetDecimal());
        Assert.Equal(2, root.GetProperty("exerciseLog").GetArrayLength());
        Assert.Equal(planId, Assert.Single(root.GetProperty("programs").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.NotEqual(0, root.GetProperty("access").GetArrayLength());
        Assert.DoesNotContain(neighbour.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(neighbourEpisode.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Neighbour", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Patient_HasTheirFlareUpsAdverseEventsAndChecksWithoutTokenHashes()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await clinic.RegisterPatientAsync("Nina", $"Neighbour{clinic.Tag}");
        await clinic.QueryAsync(async db =>
        {
            db.Add(new BackPlan.Web.Features.Waitlist.FlareUp { ClinicId = clinic.Id, PatientId = clinic.PatientId, RecordedAt = DateTime.UtcNow.AddDays(-2), Pain = 7, Note = "Mine after gardening" });
            db.Add(new BackPlan.Web.Features.Waitlist.FlareUp { ClinicId = clinic.Id, PatientId = neighbour.Id, RecordedAt = DateTime.UtcNow.AddDays(-1), Pain = 5, Note = "The neighbour's flare" });
            db.Add(new BackPlan.Web.Features.AfterSessions.AdverseEvent { ClinicId = clinic.Id, PatientId = clinic.PatientId, Description = "Bruising after deep work", OccurredOn = new DateOnly(2026, 11, 20), RecordedAt = DateTime.UtcNow, RecordedBy = "therapist" });
            db.Add(new BackPlan.Web.Features.AfterSessions.PostSessionCheck { ClinicId = clinic.Id, PatientId = clinic.PatientId, AppointmentId = Guid.NewGuid(), PractitionerId = Guid.NewGuid(), SessionStartUtc = DateTime.UtcNow.AddDays(-3), CreatedAt = DateTime.UtcNow.AddDays(-3), ExpiresAt = DateTime.UtcNow.AddDays(4), TokenHash = "hash-that-must-stay-inside", CompletedAt = DateTime.UtcNow.AddDays(-2), Soreness = 4, Settled = "yes" });
            return await db.SaveChangesAsync(Ct);
        });
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var text = await patient.GetStringAsync("/api/v1/me/export", Ct);
        var summary = WebUtility.HtmlDecode(await patient.GetStringAsync("/portal/my-data/summary", Ct));

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("Mine after gardening", Assert.Single(root.GetProperty("flareUps").EnumerateArray()).GetProperty("note").GetString());
        Assert.Equal("Bruising after deep work", Assert.Single(root.GetProperty("adverseEvents").EnumerateArray()).GetProperty("description").GetString());
        Assert.Equal(4, Assert.Single(root.GetProperty("afterSessionChecks").EnumerateArray()).GetProperty("soreness").GetInt32());
        Assert.DoesNotContain("hash-that-must-stay-inside", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("The neighbour's flare", text, StringComparison.Ordinal);
        Assert.Contains("Mine after gardening", summary, StringComparison.Ordinal);
        Assert.Contains("Bruising after deep work", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("The neighbour's flare", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundle_EveryKindOfPatientRecord_IsInTheExport()
    {
        // A new patient-owned entity must reach the patient's download, or be named here with the reason it does not.
        var exportedAs = new Dictionary<Type, Type>
        {
            [typeof(BackPlan.Web.Features.Sessions.SessionNote)] = typeof(SignedNoteRecord),
            [typeof(BackPlan.Web.Features.Sessions.SessionNoteAddendum)] = typeof(NoteAddendumRecord),
            [typeof(BackPlan.Web.Features.AfterSessions.PostSessionCheck)] = typeof(AfterSessionCheckRecord),
            [typeof(BackPlan.Web.Features.Disclosures.Disclosure)] = typeof(BackPlan.Web.Features.Disclosures.DisclosureDto),
        };
        // Offers are emails with a one-time link; the waitlist entry's status records what came of them.
        // Emergency grants: the access list names each emergency access; the reason stays with the clinic's audit (decision 0040).
        var leftOut = new[] { typeof(BackPlan.Web.Features.Waitlist.WaitlistOffer), typeof(BackPlan.Web.Features.EmergencyAccess.EmergencyGrant) };
        var inBundle = typeof(PatientDataBundle).GetProperties()
            .Select(p => p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[0] : p.PropertyType)
            .Concat(typeof(SignedNoteRecord).GetProperties().Select(p => p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[0] : p.PropertyType))
            .ToHashSet();
        var patientOwned = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(BackPlan.Web.Platform.Tenancy.IPatientOwned).IsAssignableFrom(t))
            .ToList();

        Assert.True(patientOwned.Count > 15, $"found only {patientOwned.Count} patient-owned types: the scan is broken");
        var missing = patientOwned.Where(t => !leftOut.Contains(t) && !inBundle.Contains(exportedAs.GetValueOrDefault(t, t))).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "not in the export: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Export_StaffToken_IsForbidden()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await clinic.ClientAsAsync(clinic.PractitionerEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await therapist.GetAsync("/api/v1/me/export", Ct)).StatusCode);
    }

    [Fact]
    public async Task Export_IsAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        (await patient.GetAsync("/api/v1/me/export", Ct)).EnsureSuccessStatusCode();

        Assert.True(await clinic.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "patient.export", Ct)));
    }

    [Fact]
    public async Task SummaryPage_Patient_ReadsTheirDataOnOnePage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.BirdDog, 1);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await patient.GetStringAsync("/portal/my-data/summary", Ct);

        Assert.Contains($"Self{clinic.Tag}", page, StringComparison.Ordinal);
        Assert.Contains("Your exercise log", page, StringComparison.Ordinal);
        Assert.Contains("Bird-dog", page, StringComparison.Ordinal);
        Assert.Contains("Print or save as PDF", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingIds_AnotherPatientsProgramAndProgress_AreNotShown()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var neighbour = await clinic.RegisterPatientAsync("Nina", $"Guess{clinic.Tag}");
        var (_, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, neighbour.Id);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync($"/plans/{planId}", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await patient.GetAsync($"/patients/{neighbour.Id}/progress", Ct)).StatusCode);
        Assert.DoesNotContain($"Guess{clinic.Tag}", await patient.GetStringAsync("/portal/my-data/summary", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletionRequest_WithClinicalRecord_ClosesAccountErasesContactAndKeepsRecord()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await clinic.QueryAsync(async db =>
        {
            var p = await db.Patients.SingleAsync(x => x.Id == clinic.PatientId, Ct);
            p.Email = "keep-me-not@example.com";
            p.Phone = "+48 600 000 000";
            return await db.SaveChangesAsync(Ct);
        });
        using (var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail))
        {
            await Browserless.PostFormAsync(patient, "/portal/my-data", "delete-request", new() { ["Reason"] = "moving abroad" });
            Assert.Contains("is waiting for the clinic", await patient.GetStringAsync("/portal/my-data", Ct), StringComparison.Ordinal);
        }

        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        var queue = await admin.GetStringAsync("/admin/deletion-requests", Ct);
        Assert.Contains("moving abroad", queue, StringComparison.Ordinal);
        Assert.Contains("Clinical records exist", queue, StringComparison.Ordinal);
        var requestId = await clinic.QueryAsync(db => db.Set<DeletionRequest>().Where(d => d.PatientId == clinic.PatientId).Select(d => d.Id).SingleAsync(Ct));

        await Browserless.PostFormAsync(admin, "/admin/deletion-requests", "apply", new() { ["RequestId"] = requestId.ToString(), ["Note"] = "kept until 2046" });

        var request = await clinic.QueryAsync(db => db.Set<DeletionRequest>().SingleAsync(d => d.Id == requestId, Ct));
        Assert.Equal((DeletionOutcome.AccountClosed, "kept until 2046"), (request.Outcome, request.Note));
        var kept = await clinic.QueryAsync(db => db.Patients.SingleAsync(p => p.Id == clinic.PatientId, Ct));
        Assert.Null(kept.Email);
        Assert.Null(kept.Phone);
        Assert.True(await clinic.QueryAsync(db => db.Episodes.AnyAsync(e => e.Id == episodeId, Ct)));
        Assert.True(await clinic.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.PatientId == clinic.PatientId && a.Action == "Patient.modified", Ct)));
        var signIn = Browserless.NewClient(app);
        var token = await signIn.PostAsync("/api/v1/auth/token", JsonContent(clinic.PatientEmail), Ct);
        Assert.False(token.IsSuccessStatusCode);
        Assert.Contains("account closed", await admin.GetStringAsync("/admin/deletion-requests", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletionRequest_WithoutClinicalRecord_ErasesThePatient()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using (var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail))
        {
            await Browserless.PostFormAsync(patient, "/portal/my-data", "delete-request", new() { ["Reason"] = "" });
        }

        using var admin = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        Assert.Contains("No clinical record", await admin.GetStringAsync("/admin/deletion-requests", Ct), StringComparison.Ordinal);
        var requestId = await clinic.QueryAsync(db => db.Set<DeletionRequest>().Where(d => d.PatientId == clinic.PatientId).Select(d => d.Id).SingleAsync(Ct));

        await Browserless.PostFormAsync(admin, "/admin/deletion-requests", "apply", new() { ["RequestId"] = requestId.ToString(), ["Note"] = "" });

        Assert.False(await clinic.QueryAsync(db => db.Patients.AnyAsync(p => p.Id == clinic.PatientId, Ct)));
        Assert.Equal(DeletionOutcome.Erased, await clinic.QueryAsync(db => db.Set<DeletionRequest>().Where(d => d.Id == requestId).Select(d => d.Outcome).SingleAsync(Ct)));
        Assert.True(await clinic.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.PatientId == clinic.PatientId && a.Action == "Patient.deleted", Ct)));
    }

    [Fact]
    public async Task DeletionQueue_NonAdmin_IsRefused()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        Assert.NotEqual(HttpStatusCode.OK, (await therapist.GetAsync("/admin/deletion-requests", Ct)).StatusCode);
    }

    private static StringContent JsonContent(string email) =>
        new(JsonSerializer.Serialize(new { email, password = TestClinic.Password }), System.Text.Encoding.UTF8, "application/json");
}
