using System.Net;
using BackPlan.Clinical.Content;
using BackPlan.Web.Tests.Features.Plans;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

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
        Assert.DoesNotContain("Go to an emergency department now", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Have you newly lost control of your bowels", page, StringComparison.Ordinal);
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

    [Fact]
    public async Task PlanBuilder_PolishCulture_ShowsHowOftenAndVocabularyInPolish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(therapist, clinic.PatientId);
        await PlanSteps.RecommendAsync(therapist, episodeId);

        var page = await PageAsync(therapist, $"/episodes/{episodeId}/plan?culture=pl");

        Assert.Matches("<input id=\"e\\d+-frequency\" name=\"e\\d+\\.frequency\" type=\"text\" value=\"(codziennie|większość dni \\(4–6 dni w tygodniu\\))\"", page);
        Assert.DoesNotContain("value=\"daily\"", page, StringComparison.Ordinal);
        Assert.Matches("<option value=\"swedish_massage\"[^>]*>masaż klasyczny</option>", page);
        Assert.Matches("<option value=\"deep\"[^>]*>głęboki</option>", page);
        Assert.Contains("Średnie ryzyko", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanBuilder_SavedInPolish_KeepsTheEnglishLibraryFrequencyAndTypedWords()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(therapist, clinic.PatientId);
        await PlanSteps.RecommendAsync(therapist, episodeId);
        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        var library = draft.Elements.FindIndex(e => e.Dosage is { } d && ContentLanguage.Frequency(d.Frequency, ContentLanguage.Polish) != d.Frequency);
        var typed = library == 0 ? 1 : 0;
        var english = draft.Elements[library].Dosage!.Frequency;

        var fields = PlanSteps.Fields(BackPlan.Web.Features.Plans.PlanBuilderForm.From(draft));
        fields["action"] = "save";
        fields[$"e{library}.frequency"] = ContentLanguage.Frequency(english, ContentLanguage.Polish);
        fields[$"e{typed}.frequency"] = "3 razy w tygodniu po pracy";
        await Browserless.PostFormAsync(therapist, $"/episodes/{episodeId}/plan?culture=pl", "builder", fields);

        var saved = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId));
        Assert.Equal(english, saved.Elements[library].Dosage!.Frequency);
        Assert.Equal("3 razy w tygodniu po pracy", saved.Elements[typed].Dosage!.Frequency);
    }

    [Fact]
    public async Task SafetyBanner_PolishCulture_GivesTheAdviceInPolish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        var episodeId = await PlanSteps.IntakeAsync(therapist, clinic.PatientId, f => f["rf.weight_loss_unexplained"] = "true");

        var page = await PageAsync(therapist, $"/episodes/{episodeId}/plan?culture=pl");

        Assert.Contains("Skontaktuj się dziś z lekarzem rodzinnym", page, StringComparison.Ordinal);
        Assert.Contains("Zgłoś się do lekarza w ciągu kilku dni", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact your GP or doctor today", page, StringComparison.Ordinal);
    }
}
