using System.Net;
using System.Text.Json;
using BackPlan.Clinical.Content;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Portal;

/// <summary>The patient's own API: <c>GET /api/v1/me/progress</c> and <c>GET /api/v1/me/program</c>.</summary>
public class MyApiTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, decimal> Odi(params int[] sections) =>
        sections.Select((v, i) => (v, i)).ToDictionary(x => $"odi.{x.i + 1}", x => (decimal)x.v);

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    [Fact]
    public async Task Progress_PatientToken_GivesEachSeriesDatesScoresBaselineThresholdAndResponder()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, _) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 30);
        // ODI 42 % → 18 % (threshold 32 %: a responder); NPRS 6 → 5 (threshold 4: not yet); sleep with no threshold.
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "odi", Odi(2, 2, 2, 2, 2, 3, 2, 2, 2, 2), 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "odi", Odi(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), 2);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 6 }, 30);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 5 }, 2);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "sqs", new() { ["sqs.1"] = 4 }, 30);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var body = await JsonAsync(patient, "/api/v1/me/progress");

        Assert.Equal(episodeId, body.GetProperty("episodeId").GetGuid());
        var series = body.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!);
        Assert.Equal(["nprs", "odi", "sqs"], series.Keys);
        var odi = series["odi"];
        Assert.Equal(2, odi.GetProperty("dates").GetArrayLength());
        Assert.Equal([42m, 18m], odi.GetProperty("scores").EnumerateArray().Select(s => s.GetDecimal()));
        Assert.True(DateOnly.Parse(odi.GetProperty("dates")[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture) < DateOnly.Parse(odi.GetProperty("dates")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((42m, 32m, true), (odi.GetProperty("baseline").GetDecimal(), odi.GetProperty("threshold").GetDecimal(), odi.GetProperty("responder").GetBoolean()));
        Assert.Equal("important_improvement", odi.GetProperty("verdict").GetString());
        var nprs = series["nprs"];
        Assert.Equal((6m, 4m, false), (nprs.GetProperty("baseline").GetDecimal(), nprs.GetProperty("threshold").GetDecimal(), nprs.GetProperty("responder").GetBoolean()));
        var sleep = series["sqs"]; // only its baseline, and no published threshold
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (sleep.GetProperty("threshold").ValueKind, sleep.GetProperty("responder").ValueKind));
        Assert.Equal("only_baseline", sleep.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Progress_PatientWithoutAnEpisode_GivesNoSeries()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var body = await JsonAsync(patient, "/api/v1/me/progress");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("episodeId").ValueKind);
        Assert.Equal(0, body.GetProperty("series").GetArrayLength());
    }

    [Fact]
    public async Task Program_PatientToken_GivesTodaysExercisesWithTheirStateAndTopics()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId, daysAgo: 10);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 0, 1, 2);
        await clinic.QueryAsync(async db =>
        {
            db.Add(new TopicRead { PatientId = clinic.PatientId, Topic = ProgramSetup.Topic, ReadAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var body = await JsonAsync(patient, "/api/v1/me/program");

        Assert.Equal(planId, body.GetProperty("planVersionId").GetGuid());
        var exercises = body.GetProperty("exercises").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        Assert.Equal([ProgramSetup.PelvicTilt, ProgramSetup.BirdDog], exercises.Keys);
        Assert.Equal((MyProgramApi.Done, MyProgramApi.NotLogged), (exercises[ProgramSetup.PelvicTilt].GetProperty("state").GetString(), exercises[ProgramSetup.BirdDog].GetProperty("state").GetString()));
        Assert.Equal(ExerciseLibrary.Find(ProgramSetup.BirdDog, "en")!.Name, exercises[ProgramSetup.BirdDog].GetProperty("name").GetString());
        var dosage = exercises[ProgramSetup.BirdDog].GetProperty("dosage");
        Assert.Equal((3, 8, 5, "daily"), (dosage.GetProperty("sets").GetInt32(), dosage.GetProperty("reps").GetInt32(), dosage.GetProperty("holdSeconds").GetInt32(), dosage.GetProperty("frequency").GetString()));
        var topic = Assert.Single(body.GetProperty("topics").EnumerateArray());
        Assert.Equal((ProgramSetup.Topic, true), (topic.GetProperty("code").GetString(), topic.GetProperty("read").GetBoolean()));
        Assert.Equal(TopicLibrary.Find(ProgramSetup.Topic, "en")!.Title, topic.GetProperty("title").GetString());
        Assert.True(body.GetProperty("adherence").GetProperty("week").GetDecimal() > 0);
    }

    [Fact]
    public async Task Program_InPolish_NamesTheExercisesAndTopicsInPolish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        patient.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");

        var body = await JsonAsync(patient, "/api/v1/me/program");

        var polish = ExerciseLibrary.Find(ProgramSetup.PelvicTilt, "pl")!.Name;
        Assert.NotEqual(ExerciseLibrary.Find(ProgramSetup.PelvicTilt, "en")!.Name, polish);
        Assert.Equal(polish, body.GetProperty("exercises")[0].GetProperty("name").GetString());
        Assert.Equal(TopicLibrary.Find(ProgramSetup.Topic, "pl")!.Title, body.GetProperty("topics")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Program_PatientWithoutAProgram_GivesEmptyLists()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        var body = await JsonAsync(patient, "/api/v1/me/program");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("planVersionId").ValueKind);
        Assert.Equal((0, 0), (body.GetProperty("exercises").GetArrayLength(), body.GetProperty("topics").GetArrayLength()));
    }

    [Theory]
    [InlineData("/api/v1/me/progress")]
    [InlineData("/api/v1/me/program")]
    public async Task Mine_StaffToken403_Anonymous401(string path)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await clinic.ClientAsAsync(clinic.PractitionerEmail);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await therapist.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/me/progress", "patient.progress")]
    [InlineData("/api/v1/me/program", "patient.program")]
    public async Task Mine_EachRead_IsAuditedAgainstThePatient(string path, string action)
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);

        await JsonAsync(patient, path);
        await JsonAsync(patient, path);

        var entries = await clinic.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync(Ct));
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((clinic.PatientId, "Patient"), (e.PatientId!.Value, e.Role)));
    }

    [Fact]
    public async Task OpenApi_DocumentsBothPaths()
    {
        using var client = app.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/me/progress", out var progress) && progress.TryGetProperty("get", out _));
        Assert.True(paths.TryGetProperty("/api/v1/me/program", out var program) && program.TryGetProperty("get", out _));
    }
}
