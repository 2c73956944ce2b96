using System.Net;
using BackPlan.Web.Tests.Features.Plans;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.HomeProgram;

/// <summary>
/// The exercise and topic libraries follow the reader's UI culture on every page that shows them;
/// the stored program keeps its codes and English "how often" words.
/// </summary>
public class ContentInPolishTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(path, Ct));

    [Fact]
    public async Task TodayPage_PolishCulture_ShowsPolishExercisesDosageAndTopics()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(patient, "/portal/today?culture=pl");

        Assert.Contains("Pochylanie miednicy", page, StringComparison.Ordinal);
        Assert.Contains("Pies i ptak (bird-dog)", page, StringComparison.Ordinal);
        Assert.Contains("Połóż się na plecach, zegnij kolana", page, StringComparison.Ordinal);
        Assert.Contains("codziennie", page, StringComparison.Ordinal);
        Assert.Contains("Pozostawanie w ruchu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelvic tilt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lie on your back", page, StringComparison.Ordinal);
        // The form still posts codes, whatever the language.
        Assert.Contains("value=\"pelvic_tilt\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TodayPage_EnglishCulture_StaysEnglish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(patient, "/portal/today?culture=en");

        Assert.Contains("Pelvic tilt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pochylanie miednicy", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicPage_PolishCulture_ShowsPolishTitleAndParagraphs()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(patient, $"/portal/topics/{ProgramSetup.Topic}?culture=pl");

        Assert.Contains("<h1>Pozostawanie w ruchu</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Leżenie w łóżku spowalnia powrót do zdrowia.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bed rest slows recovery", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramPage_PolishCulture_ShowsPolishExercisesAndTopics()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (_, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(patient, $"/plans/{planId}?culture=pl");

        Assert.Contains("Pochylanie miednicy", page, StringComparison.Ordinal);
        Assert.Contains("2 serie", page, StringComparison.Ordinal);
        Assert.Contains("codziennie", page, StringComparison.Ordinal);
        Assert.Contains("Zmniejsz ruch albo ćwicz w leżeniu z poduszką pod kolanami.", page, StringComparison.Ordinal);
        Assert.Contains("Pozostawanie w ruchu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelvic tilt", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryPage_PolishCulture_NamesExercisesAndTopicsInPolish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.BirdDog, 1);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);

        var page = await PageAsync(patient, "/portal/my-data/summary?culture=pl");

        Assert.Contains("Pies i ptak (bird-dog)", page, StringComparison.Ordinal);
        Assert.Contains("Pochylanie miednicy, Pies i ptak (bird-dog), Pozostawanie w ruchu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bird-dog", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanBuilder_PolishCulture_OffersExercisesAndTopicsInPolishByCode()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(therapist, clinic.PatientId);
        await PlanSteps.RecommendAsync(therapist, episodeId);

        var page = await PageAsync(therapist, $"/episodes/{episodeId}/plan?culture=pl");

        Assert.Matches("<option value=\"bird_dog\"[^>]*>Pies i ptak \\(bird-dog\\)</option>", page);
        Assert.Matches("<option value=\"stay_active\"[^>]*>Pozostawanie w ruchu</option>", page);
        Assert.DoesNotContain(">Bird-dog<", page, StringComparison.Ordinal);
    }
}
