using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Tests.Features.Intake;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Examinations;

public class ExaminationTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddFinding_FromBodyChartLink_PreselectsRegionAndSavesFinding()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);
        var page = await client.GetStringAsync(Url(episodeId), Ct);
        var link = ChartLink(page, "gluteus_medius", "left");
        Assert.Equal($"{Url(episodeId)}?region=gluteus_medius&side=left#add-finding", link);

        var form = await client.GetStringAsync(link, Ct);
        Assert.Matches(Selected("gluteus_medius"), form);
        Assert.Matches(Selected("left"), form);

        var response = await Browserless.PostFormAsync(client, link, "add-finding", Finding("trigger_points", "gluteus_medius", "left", "2"));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(Url(episodeId), response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Trigger points", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Gluteus medius, left: has findings\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Gluteus medius, right\"", html, StringComparison.Ordinal);
        var examination = await ExaminationAsync(clinic, episodeId);
        Assert.Equal([new ExaminationFinding("trigger_points", "gluteus_medius", "left", 2)], examination!.Findings);
        Assert.Equal($"Practitioner {clinic.Tag}", examination.RecordedBy);
        Assert.Single(await AuditAsync(clinic, a => a.Action == "Examination.added" && a.PatientId == clinic.PatientId));
    }

    [Fact]
    public async Task RemoveFinding_RemovesOnlyThatFindingAndAuditsTheChange()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("hypertonicity", "lumbar_paraspinals", "bilateral", "3"));
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("low_endurance", "", "", "2"));
        var first = new ExaminationFinding("hypertonicity", "lumbar_paraspinals", "bilateral", 3);

        var response = await Browserless.PostFormAsync(client, Url(episodeId), "remove-finding", new() { ["remove"] = first.Key() });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(Url(episodeId), response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("<td>Raised muscle tone or spasm</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Low trunk endurance</td>", html, StringComparison.Ordinal);
        var examination = await ExaminationAsync(clinic, episodeId);
        Assert.Equal([new ExaminationFinding("low_endurance", null, null, 2)], examination!.Findings);
        Assert.Equal($"Practitioner {clinic.Tag}", examination.UpdatedBy);
        Assert.Equal(2, (await AuditAsync(clinic, a => a.Action == "Examination.modified" && a.PatientId == clinic.PatientId)).Count);
    }

    [Fact]
    public async Task AddFinding_SameCodeRegionAndSide_ChangesSeverityInsteadOfAddingTwice()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("tenderness", "piriformis", "right", "1"));

        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("tenderness", "piriformis", "right", "3"));

        var examination = await ExaminationAsync(clinic, episodeId);
        Assert.Equal([new ExaminationFinding("tenderness", "piriformis", "right", 3)], examination!.Findings);
    }

    [Theory]
    [InlineData("nonsense", "piriformis", "left", "2", "finding-code-error", "Choose a finding from the list.")]
    [InlineData("tenderness", "kneecap", "left", "2", "finding-region-error", "Choose a region from the list.")]
    [InlineData("tenderness", "piriformis", "middle", "2", "finding-side-error", "Choose left, right or both sides.")]
    [InlineData("tenderness", "piriformis", "left", "4", "finding-severity-error", "Choose a severity of 1, 2 or 3.")]
    [InlineData("tenderness", "piriformis", "left", "", "finding-severity-error", "Choose a severity of 1, 2 or 3.")]
    [InlineData("tenderness", "", "left", "2", "finding-region-error", "Choose the region where you found this.")]
    [InlineData("poor_sleep", "piriformis", "", "1", "finding-region-error", "This finding has no region: choose “No region”.")]
    [InlineData("reduced_flexion", "", "left", "1", "finding-side-error", "This finding has no side: choose “Not specified”.")]
    public async Task AddFinding_Invalid_ShowsErrorBesideFieldAndSavesNothing(string code, string region, string side, string severity, string errorId, string message)
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);

        var response = await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding(code, region, side, severity));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Url(episodeId), response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"id=\"{errorId}\" class=\"field-error\" aria-live=\"polite\">{message}</div>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        if (code == "tenderness")
        {
            Assert.Matches(Selected("tenderness"), html); // what was chosen is kept
        }

        Assert.Null(await ExaminationAsync(clinic, episodeId));
    }

    [Fact]
    public async Task Measurements_OutOfRange_ShowErrorKeepTypedValuesAndSaveNothing()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);

        var response = await Browserless.PostFormAsync(client, Url(episodeId), "measurements", new()
        {
            ["schoberCm"] = "22",
            ["fingertipFloorCm"] = "abc",
            ["postureObservations"] = "Flat lumbar lordosis",
            ["notes"] = "kept note",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<div id=\"schober-error\" class=\"field-error\" aria-live=\"polite\">Enter a number from 0 to 15.</div>", html, StringComparison.Ordinal);
        Assert.Contains("Enter a number from -30 to 100.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"22\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", html, StringComparison.Ordinal);
        Assert.Contains(">kept note</textarea>", html, StringComparison.Ordinal);
        Assert.Null(await ExaminationAsync(clinic, episodeId));
    }

    [Fact]
    public async Task Measurements_Valid_SavedWithSchoberBandAndShownOnEpisodePage()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("radicular_signs", "", "left", "2"));

        var response = await Browserless.PostFormAsync(client, Url(episodeId), "measurements", new()
        {
            ["schoberCm"] = "3,5",
            ["fingertipFloorCm"] = "-4",
            ["slrLeft"] = "true",
            ["slrRight"] = "false",
            ["neurologicalSigns"] = "Reduced ankle reflex on the left",
            ["postureObservations"] = "Antalgic lean to the right",
            ["notes"] = "Pain on sitting",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Saved: 3.5 cm, reduced.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"3.5\"", html, StringComparison.Ordinal);
        var examination = await ExaminationAsync(clinic, episodeId);
        Assert.Equal(3.5m, examination!.SchoberCm);
        Assert.Equal(-4m, examination.FingertipFloorCm);
        Assert.True(examination.StraightLegRaiseLeft);
        Assert.False(examination.StraightLegRaiseRight);
        Assert.Equal("Reduced ankle reflex on the left", examination.NeurologicalSigns);
        Assert.Equal("Antalgic lean to the right", examination.PostureObservations);
        Assert.Equal("Pain on sitting", examination.Notes);

        var episode = await client.GetStringAsync($"/episodes/{episodeId}", Ct);
        Assert.Contains("Findings: 1", episode, StringComparison.Ordinal);
        Assert.Contains("Nerve-root pain down the leg (side = the affected leg): left, severity 2", episode, StringComparison.Ordinal);
        Assert.Contains("3.5 cm, reduced", episode, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Straight-leg raise, left</dt>\s*<dd>Positive</dd>", episode);
        Assert.Matches(@"<dt>Straight-leg raise, right</dt>\s*<dd>Negative</dd>", episode);
        Assert.Contains($"href=\"/episodes/{episodeId}/examination\"", episode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExaminationPage_OtherClinicsEpisode_Returns404AndChangesNothing()
    {
        using var examined = await ExaminedEpisodeAsync();
        var episodeId = examined.EpisodeId;
        var other = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, other.PractitionerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(episodeId), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url(episodeId)}?region=piriformis&side=left", Ct)).StatusCode);
        Assert.Empty(await AuditAsync(other, a => a.Action == "examination.read"));
    }

    [Fact]
    public async Task ExaminationPage_Read_WritesAuditEntry()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);

        await client.GetStringAsync(Url(episodeId), Ct);

        var entry = Assert.Single(await AuditAsync(clinic, a => a.Action == "examination.read"));
        Assert.Equal(clinic.PatientId, entry.PatientId);
        Assert.Equal("Practitioner", entry.Role);
    }

    [Fact]
    public async Task ExaminationPage_FrontDesk_SeesFindingsButNoForms()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (clinic, client, episodeId) = (examined.Clinic, examined.Client, examined.EpisodeId);
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("tenderness", "hamstrings", "right", "1"));
        using var frontDesk = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var html = await frontDesk.GetStringAsync(Url(episodeId), Ct);

        Assert.Contains("Tenderness to touch", html, StringComparison.Ordinal);
        Assert.Contains("Only practitioners can change the examination.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"code\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"remove\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#add-finding", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExaminationPage_Polish_ShowsPolishFindingLabels()
    {
        using var examined = await ExaminedEpisodeAsync();
        var (client, episodeId) = (examined.Client, examined.EpisodeId);
        await Browserless.PostFormAsync(client, Url(episodeId), "add-finding", Finding("hypertonicity", "lumbar_paraspinals", "left", "2"));
        await client.GetAsync("/culture/pl?returnUrl=/", Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Url(episodeId), Ct));

        Assert.Contains("<h1>Badanie", html, StringComparison.Ordinal);
        Assert.Contains("<td>Wzmożone napięcie mięśni lub skurcz</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Mięśnie przykręgosłupowe lędźwiowe</td>", html, StringComparison.Ordinal);
        Assert.Contains("Zapisz pomiary i notatki", html, StringComparison.Ordinal);
    }

    private static string Url(Guid episodeId) => $"/episodes/{episodeId}/examination";

    private static Dictionary<string, string> Finding(string code, string region, string side, string severity) => new()
    {
        ["code"] = code,
        ["region"] = region,
        ["side"] = side,
        ["severity"] = severity,
    };

    private static Regex Selected(string value) => new($"<option value=\"{value}\"[^>]*\\sselected");

    private static string ChartLink(string html, string region, string side)
    {
        var match = new Regex($"<a class=\"area[^\"]*\" href=\"([^\"]*region={region}&amp;side={side}[^\"]*)\"").Match(html);
        Assert.True(match.Success, $"no chart link for {region} {side}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>A new clinic with an episode of its patient, and its practitioner signed in.</summary>
    private async Task<Examined> ExaminedEpisodeAsync()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        return new Examined(clinic, client, await IntakeTests.StartEpisodeAsync(client, clinic.PatientId));
    }

    private static Task<Examination?> ExaminationAsync(TestClinic clinic, Guid episodeId) =>
        clinic.QueryAsync(db => db.Examinations.AsNoTracking().FirstOrDefaultAsync(e => e.EpisodeId == episodeId, Ct));

    private async Task<List<AuditEntry>> AuditAsync(TestClinic clinic, System.Linq.Expressions.Expression<Func<AuditEntry, bool>> filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        return await db.AuditEntries.IgnoreQueryFilters().Where(a => a.ClinicId == clinic.Id).Where(filter).ToListAsync(Ct);
    }
}

internal sealed record Examined(TestClinic Clinic, HttpClient Client, Guid EpisodeId) : IDisposable
{
    public void Dispose() => Client.Dispose();
}
