using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPlan.Web.Features.Disclosures;
using BackPlan.Web.Features.Fhir;
using BackPlan.Web.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Task = System.Threading.Tasks.Task;
using static BackPlan.Web.Tests.Features.Fhir.FhirTestData;

namespace BackPlan.Web.Tests.Features.Fhir;

/// <summary>Bulk $export (decision 0038): kick-off, polling, the manifest, NDJSON files, cancelling, who may, and one run per job.</summary>
public class FhirBulkExportTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> KickOffAsync(HttpClient client, string path, string prefer = "respond-async")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Prefer", prefer);
        request.Headers.Add("Accept", FhirJson.MediaType);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Kicks off and gives the status URL.</summary>
    private static async Task<Uri> StartAsync(HttpClient admin, string path)
    {
        var response = await KickOffAsync(admin, path);
        await ResourceAsync<OperationOutcome>(response, HttpStatusCode.Accepted);
        return response.Content.Headers.ContentLocation!;
    }

    /// <summary>
    /// Runs waiting exports until this one's status is no longer 202. Another test's run may hold it for a
    /// moment (one runner serves the whole test assembly), so this waits for that run's end, bounded.
    /// </summary>
    private async Task<HttpResponseMessage> FinishAsync(HttpClient admin, Uri status)
    {
        var runner = app.Services.GetRequiredService<BulkExportRunner>();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await runner.RunDueAsync(Ct);
            var response = await admin.GetAsync(status, Ct);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return response;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException($"{status} did not finish.");
    }

    private static async Task<List<Resource>> LinesAsync(HttpClient admin, BulkExportOutput file)
    {
        var response = await admin.GetAsync(file.Url, Ct);
        Assert.Equal((HttpStatusCode.OK, FhirJson.NdjsonMediaType), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Select(line => FhirJson.Parse<Resource>(line).Resource ?? throw new InvalidOperationException(line))];
    }

    private static Task<Guid> AddScoreAsync(TestClinic clinic, Guid patientId, int daysAgo = 2) => clinic.QueryAsync(async db =>
    {
        var (episodeId, _) = await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.ApprovedProgramAsync(clinic, patientId);
        await BackPlan.Web.Tests.Features.HomeProgram.ProgramSetup.RespondAsync(clinic, patientId, episodeId, "nprs", new() { ["nprs.current"] = 5 }, daysAgo);
        return await db.QuestionnaireResponses.Where(r => r.EpisodeId == episodeId).Select(r => r.Id).SingleAsync(Ct);
    });

    [Fact]
    public async Task SystemExport_Admin_PollsThenDownloadsTheClinicsRecordsAsNdjson_AndItIsAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await TestClinic.CreateAsync(app);
        var score = await AddScoreAsync(clinic, clinic.PatientId);
        await AddScoreAsync(other, other.PatientId);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var status = await StartAsync(admin, "/fhir/$export?_type=Patient,Observation,Organization&_outputFormat=application/fhir%2Bndjson");
        var waiting = await admin.GetAsync(status, Ct);
        Assert.Equal(HttpStatusCode.Accepted, waiting.StatusCode);
        Assert.Equal("waiting to start", waiting.Headers.GetValues("X-Progress").Single());
        Assert.NotNull(waiting.Headers.RetryAfter);
        var done = await FinishAsync(admin, status);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var manifest = (await done.Content.ReadFromJsonAsync<BulkExportManifest>(Ct))!;
        Assert.True(manifest.RequiresAccessToken);
        Assert.Empty(manifest.Error);
        Assert.Contains("/fhir/$export?_type=Patient,Observation,Organization", manifest.Request, StringComparison.Ordinal);
        Assert.Equal(["Patient", "Observation", "Organization"], manifest.Output.Select(o => o.Type));
        var patients = await LinesAsync(admin, manifest.Output[0]);
        var observations = await LinesAsync(admin, manifest.Output[1]);
        Assert.Equal(manifest.Output[0].Count, patients.Count);
        Assert.Contains(patients, p => p.Id == clinic.PatientId.ToString());
        Assert.DoesNotContain(patients, p => p.Id == other.PatientId.ToString());
        Assert.Equal([score.ToString()], observations.Select(o => o.Id));
        Assert.Equal(clinic.Id.ToString(), Assert.Single(await LinesAsync(admin, manifest.Output[2])).Id);
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("fhir.bulk-export")).ToListAsync(Ct));
        var export = Assert.Single(audit, a => a.Action == BulkExportRunner.AuditAction);
        Assert.Null(export.PatientId); // the whole clinic
        Assert.Contains("every patient of the clinic", export.Detail, StringComparison.Ordinal);
        Assert.Equal(3, audit.Count(a => a.Action == "fhir.bulk-export.download"));
        // Every patient of the clinic sees the export among their disclosures (decision 0041), no one of the other clinic does.
        var disclosures = await clinic.QueryAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.Kind == DisclosureKinds.FhirBulkExport).ToListAsync(Ct));
        Assert.Equal(await clinic.QueryAsync(db => db.Patients.CountAsync(Ct)), disclosures.Count);
        Assert.Contains(disclosures, d => d.PatientId == clinic.PatientId && d.What == "Patient,Observation,Organization");
        Assert.False(await other.QueryAsync(db => db.Set<Disclosure>().AnyAsync(d => d.Kind == DisclosureKinds.FhirBulkExport, Ct)));
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        var mine = await patient.GetFromJsonAsync<JsonElement>("/api/v1/me/disclosures", Ct);
        Assert.Contains(mine.EnumerateArray(), d => d.GetProperty("kind").GetString() == DisclosureKinds.FhirBulkExport);

        // The files answer only the account that asked, with its token.
        using var otherAdmin = await other.ClientAsAsync(other.AdminEmail);
        await ResourceAsync<OperationOutcome>(await otherAdmin.GetAsync(status, Ct), HttpStatusCode.NotFound);
        await ResourceAsync<OperationOutcome>(await otherAdmin.GetAsync(manifest.Output[0].Url, Ct), HttpStatusCode.NotFound);
        using var anonymous = app.CreateClient();
        await ResourceAsync<OperationOutcome>(await anonymous.GetAsync(manifest.Output[0].Url, Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GroupExport_OfAPractitioner_IsTheirPatientsCompartments_AuditedPerPatient()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var seen = await clinic.QueryAsync(async db =>
        {
            var patient = new BackPlan.Web.Features.Patients.Patient { GivenName = "Seen", FamilyName = "Group", DateOfBirth = new DateOnly(1970, 1, 1), CreatedAt = DateTime.UtcNow };
            patient.RefreshSearchText();
            db.Patients.Add(patient);
            await db.SaveChangesAsync(Ct);
            return patient.Id;
        });
        var practitioner = await clinic.QueryAsync(db => db.Staff.Where(s => s.Role == BackPlan.Web.Platform.Tenancy.Roles.Practitioner).Select(s => s.Id).FirstAsync(Ct));
        await clinic.QueryAsync(async db =>
        {
            db.Appointments.Add(new BackPlan.Web.Features.Appointments.Appointment
            {
                PatientId = seen,
                PractitionerId = practitioner,
                AppointmentTypeId = await db.AppointmentTypes.Select(t => t.Id).FirstAsync(Ct),
                StartUtc = new DateTime(2027, 4, 1, 9, 0, 0, DateTimeKind.Utc),
                EndUtc = new DateTime(2027, 4, 1, 9, 30, 0, DateTimeKind.Utc),
                CreatedAt = DateTime.UtcNow,
                CreatedBy = "test",
            });
            return await db.SaveChangesAsync(Ct);
        });
        await AddScoreAsync(clinic, clinic.PatientId); // not the practitioner's patient: no appointment
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var done = await FinishAsync(admin, await StartAsync(admin, $"/fhir/Group/{practitioner}/$export"));

        var manifest = (await done.Content.ReadFromJsonAsync<BulkExportManifest>(Ct))!;
        // Only the patients' compartments: no Practitioner, Organization or Location files.
        var types = manifest.Output.Select(o => o.Type).ToList();
        Assert.Contains("Appointment", types);
        Assert.DoesNotContain(types, t => t is "Practitioner" or "PractitionerRole" or "Organization" or "Location");
        Assert.Equal([seen.ToString()], (await LinesAsync(admin, manifest.Output.Single(o => o.Type == "Patient"))).Select(p => p.Id));
        var audit = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == BulkExportRunner.AuditAction).ToListAsync(Ct));
        Assert.Equal(seen, Assert.Single(audit).PatientId);
        Assert.Equal(seen, Assert.Single(await clinic.QueryAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.Kind == DisclosureKinds.FhirBulkExport).ToListAsync(Ct))).PatientId);

        var clinicWide = (await (await FinishAsync(admin, await StartAsync(admin, $"/fhir/Group/{clinic.Id}/$export?_type=Patient"))).Content.ReadFromJsonAsync<BulkExportManifest>(Ct))!;
        Assert.Equal(2, Assert.Single(clinicWide.Output).Count);
    }

    [Fact]
    public async Task Since_LeavesOutWhatWasMadeBefore()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var old = await AddScoreAsync(clinic, clinic.PatientId, daysAgo: 20);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        var since = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

        var all = (await (await FinishAsync(admin, await StartAsync(admin, "/fhir/$export?_type=Observation"))).Content.ReadFromJsonAsync<BulkExportManifest>(Ct))!;
        var recent = (await (await FinishAsync(admin, await StartAsync(admin, $"/fhir/$export?_type=Observation&_since={since}"))).Content.ReadFromJsonAsync<BulkExportManifest>(Ct))!;

        Assert.Equal([old.ToString()], (await LinesAsync(admin, Assert.Single(all.Output))).Select(o => o.Id));
        Assert.Empty(recent.Output);
    }

    [Fact]
    public async Task Cancel_DeletesTheExport_AndItsStatusIsGone()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);
        var status = await StartAsync(admin, "/fhir/$export?_type=Patient");

        await ResourceAsync<OperationOutcome>(await admin.DeleteAsync(status, Ct), HttpStatusCode.Accepted);

        await ResourceAsync<OperationOutcome>(await admin.GetAsync(status, Ct), HttpStatusCode.NotFound);
        await ResourceAsync<OperationOutcome>(await admin.DeleteAsync(status, Ct), HttpStatusCode.NotFound);
        var id = Guid.Parse(status.Segments[^1]);
        Assert.False(await clinic.QueryAsync(db => db.Set<BulkExport>().IgnoreQueryFilters().AnyAsync(e => e.Id == id, Ct)));
    }

    [Theory]
    [InlineData("/fhir/$export", "respond-async", HttpStatusCode.Forbidden, "practitioner")]
    [InlineData("/fhir/$export", "respond-async", HttpStatusCode.Forbidden, "patient")]
    [InlineData("/fhir/$export", "return=representation", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/$export?_type=Unicorn", "respond-async", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/$export?_outputFormat=text/csv", "respond-async", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/$export?_since=yesterday", "respond-async", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/$export?_since=2027-01-01T00:00:00", "respond-async", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/$export?_typeFilter=Patient%3Fname%3Dx", "respond-async", HttpStatusCode.BadRequest, "admin")]
    [InlineData("/fhir/Group/00000000-0000-0000-0000-000000000001/$export", "respond-async", HttpStatusCode.NotFound, "admin")]
    [InlineData("/fhir/Group/everyone/$export", "respond-async", HttpStatusCode.NotFound, "admin")]
    [InlineData("/fhir/Group/{clinic}/$export?_type=Organization", "respond-async", HttpStatusCode.BadRequest, "admin")]
    public async Task KickOff_Refused_WithAnOperationOutcome(string path, string prefer, HttpStatusCode status, string who)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await clinic.ClientAsAsync(who switch { "admin" => clinic.AdminEmail, "patient" => clinic.PatientEmail, _ => clinic.PractitionerEmail });

        var outcome = await ResourceAsync<OperationOutcome>(await KickOffAsync(client, path.Replace("{clinic}", clinic.Id.ToString(), StringComparison.Ordinal), prefer), status);

        Assert.False(string.IsNullOrWhiteSpace(outcome.Issue.Single().Diagnostics));
        Assert.False(await clinic.QueryAsync(db => db.Set<BulkExport>().AnyAsync(Ct)));
    }

    [Fact]
    public async Task Claim_TwoInstancesAtOnce_OnlyOneTakesAJob_AndARunOutLeaseIsTakenAgain()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var id = await clinic.QueryAsync(async db =>
        {
            var export = new BulkExport { RequestedBy = "x", RequestedByName = "test", Request = "test", Types = "Patient", CreatedAt = DateTime.UtcNow.AddYears(-50) };
            db.Add(export);
            await db.SaveChangesAsync(Ct);
            return export.Id;
        });
        var now = DateTime.UtcNow;
        async Task<Guid?> ClaimAsync(string owner, DateTime at) => await clinic.QueryAsync(db => BulkExportRunner.ClaimAsync(db, owner, at, TimeSpan.FromMinutes(5), Ct));

        try
        {
            // The oldest waiting job is this one (made 50 years ago): both claim it at once; one gets it.
            var claims = await Task.WhenAll(ClaimAsync("instance-a", now), ClaimAsync("instance-b", now));
            Assert.Single(claims, c => c == id);
            Assert.NotEqual(claims[0], claims[1]);
            Assert.NotEqual(id, await ClaimAsync("instance-c", now.AddMinutes(1)));

            // Its instance died: after the lease, someone else takes it.
            Assert.Equal(id, await ClaimAsync("instance-c", now.AddMinutes(6)));
        }
        finally
        {
            // Other tests' jobs these made-up instances may have claimed are freed for the real runner.
            string[] made = ["instance-a", "instance-b", "instance-c"];
            await clinic.QueryAsync(db => db.Set<BulkExport>().IgnoreQueryFilters().Where(e => made.Contains(e.LeasedBy))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeasedUntil, (DateTime?)null).SetProperty(e => e.LeasedBy, (string?)null), CancellationToken.None));
            await clinic.QueryAsync(db => db.Set<BulkExport>().Where(e => e.Id == id).ExecuteDeleteAsync(CancellationToken.None));
        }
    }
}
