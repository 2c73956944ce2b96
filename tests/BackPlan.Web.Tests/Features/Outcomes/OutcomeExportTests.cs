using System.Globalization;
using System.Net;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Outcomes;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Outcomes;

public class OutcomeExportTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_Admin_HasNoIdentifyingField()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var ids = await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        var patients = await clinic.QueryAsync(db => db.Patients.Where(p => db.Episodes.Any(e => ids.Contains(e.Id) && e.PatientId == p.Id)).ToListAsync());
        using var client = await clinic.ClientAsAsync(clinic.AdminEmail);

        var csv = await client.GetStringAsync("/api/v1/outcomes/export/episodes.csv", Ct);

        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(13, lines.Length); // header + 12 episodes
        Assert.StartsWith("episode,patient,age_band,", lines[0], StringComparison.Ordinal);
        foreach (var p in patients)
        {
            Assert.DoesNotContain(p.FamilyName, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.Id.ToString(), csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.Id.ToString("N"), csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        }

        foreach (var id in ids)
        {
            Assert.DoesNotContain(id.ToString(), csv, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("@", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Practitioner " + clinic.Tag, csv, StringComparison.Ordinal);
        // Born 1970, started 60 days ago: an age band, not the date.
        var age = OutcomeFixture.Today.AddDays(-60).Year - 1970 - 1;
        Assert.Contains($",{age / 10 * 10}-{(age / 10 * 10) + 9},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TwoEpisodesOfOnePatient_ShiftedByTheSameDays()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var first = Assert.Single(await OutcomeFixture.AddAsync(clinic, [new(6, 2, 40, 20)], startedDaysAgo: 300));
        var others = await OutcomeFixture.AddAsync(clinic, [new(5, 1, 30, 10), new(7, 7, 50, 50)], startedDaysAgo: 100);
        // A second episode for the first patient, 200 days after the first.
        await clinic.QueryAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == first);
            var second = new Episode { PatientId = episode.PatientId, OnsetDate = episode.StartedOn.AddDays(190), StartedOn = episode.StartedOn.AddDays(200), CreatedBy = "test" };
            db.Episodes.Add(second);
            await db.SaveChangesAsync();
            db.QuestionnaireResponses.Add(OutcomeFixture.Response(second, "nprs", TimePoints.Baseline, 4, second.StartedOn));
            return await db.SaveChangesAsync();
        });
        using var client = await clinic.ClientAsAsync(clinic.AdminEmail);

        var csv = await client.GetStringAsync("/api/v1/outcomes/export/episodes.csv", Ct);
        var again = await client.GetStringAsync("/api/v1/outcomes/export/episodes.csv", Ct);

        Assert.Equal(csv, again); // same pseudonyms and shifts every time
        var rows = csv.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, rows.Count);
        var started = OutcomeFixture.Today.AddDays(-300);
        var samePatient = rows.GroupBy(r => r[1]).Single(g => g.Count() == 2).OrderBy(r => r[8], StringComparer.Ordinal).ToList();
        var shifted = samePatient.Select(r => DateOnly.ParseExact(r[8], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(200, shifted[1].DayNumber - shifted[0].DayNumber); // the interval survives
        var shift = shifted[0].DayNumber - started.DayNumber;
        Assert.InRange(shift, -Deidentification.MaxShiftDays, Deidentification.MaxShiftDays);
        // The 4-week measure moves with it: 28 days after the shifted start.
        Assert.Equal(shifted[0].AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), samePatient[0][11]);
        Assert.Equal("28", samePatient[0][12]);
        Assert.Equal(3, rows.Select(r => r[1]).Distinct().Count());
        _ = others;
    }

    [Fact]
    public void DayShift_DiffersBetweenPatientsAndSecrets()
    {
        byte[] secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
        byte[] other = [.. Enumerable.Range(2, 32).Select(i => (byte)i)];
        var patients = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();

        var shifts = patients.Select(p => Deidentification.DayShift(secret, p)).ToList();

        Assert.True(shifts.Distinct().Count() > 30);
        Assert.All(shifts, s => Assert.InRange(s, -182, 182));
        Assert.Equal(shifts, patients.Select(p => Deidentification.DayShift(secret, p)));
        Assert.NotEqual(shifts, patients.Select(p => Deidentification.DayShift(other, p)));
    }

    [Fact]
    public async Task Export_Practitioner_IsForbidden_AndAdminExportIsAudited()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var practitioner = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/api/v1/outcomes/export/episodes.csv", Ct)).StatusCode);
        var response = await admin.GetAsync("/api/v1/outcomes/export/episodes.csv?risk=high", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var entry = await clinic.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "outcomes.export"));
        Assert.Contains("risk=high", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dictionary_DescribesEveryExportColumn()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var admin = await clinic.ClientAsAsync(clinic.AdminEmail);

        var header = (await admin.GetStringAsync("/api/v1/outcomes/export/episodes.csv", Ct)).Split('\n')[0].Split(',');
        var dictionary = await admin.GetStringAsync("/api/v1/outcomes/export/dictionary.csv", Ct);

        var described = dictionary.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(header, described);
    }
}
