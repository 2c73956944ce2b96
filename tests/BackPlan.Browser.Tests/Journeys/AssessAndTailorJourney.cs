using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// Assess and tailor, end to end: intake, examination on the body chart, recommendation, an edit,
/// approval, and the patient reading the program in the portal. axe-core checks the pages on the way
/// (the intake's, empty and after a failed submit, in <see cref="IntakeFormJourney"/>).
/// </summary>
public class AssessAndTailorJourney(BrowserHost host) : BrowserTest(host)
{
    // The demo patient record linked to the patient@ sign-in; no other test starts an episode for it.
    private const string DemoPatientEmail = "patient@demo.backplan.test";

    [Fact]
    public async Task Practitioner_AssessesAndTailorsProgram_PatientSeesItInThePortal()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);

        // The practitioner finds the demo patient and starts an episode.
        var list = await PatientListPage.OpenAsync(page);
        await list.SearchAsync(DemoPatientEmail);
        await Assertions.Expect(list.Table.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await list.Table.GetByRole(AriaRole.Link).ClickAsync();
        var patient = new PatientPage(page);
        await Assertions.Expect(patient.StartEpisodeForm).ToBeVisibleAsync();
        var patientName = await patient.Heading.InnerTextAsync();
        var intake = await patient.StartEpisodeAsync(daysAgo: 40);

        // The intake as the practitioner fills it with the patient: no red flags.
        await intake.PreviousEpisodes.FillAsync("1");
        await intake.WorkAndActivities.FillAsync("Office work, weekend gardening");
        await intake.AnswerPainAsync(now: 6, average: 5, worst: 8);
        await intake.AnswerOswestryAsync(eachSection: 2);
        await intake.AnswerStartBackAsync(agree: 4, bothersome: 1);
        await intake.AddGoalAsync(1, "lift my grandson", ability: 3);
        await intake.AnswerSleepAsync(4);
        await intake.AnswerStressAsync(2);
        var episode = await intake.SaveAsync();
        await Assertions.Expect(episode.SafetyBanner).ToHaveCountAsync(0);
        await Assertions.Expect(episode.Measures.GetByRole(AriaRole.Row).Filter(new() { HasText = "Oswestry Disability Index" })).ToContainTextAsync("40.0");

        // The patient's page lists the episode.
        await new Breadcrumb(page).PatientLink(patientName).ClickAsync();
        patient = new PatientPage(page);
        await Assertions.Expect(patient.EpisodeLinks).ToHaveCountAsync(1);
        await Assertions.Expect(patient.StartEpisodeForm).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(page);
        await patient.EpisodeLinks.ClickAsync();
        episode = await EpisodePage.ExpectOpenAsync(page);

        // Examination: a finding placed by clicking the body chart.
        var examination = await episode.OpenExaminationAsync();
        await examination.AddFindingFromChartAsync("Gluteus medius, left", "Trigger points", "2 – moderate");
        await Assertions.Expect(examination.ChartRegion("Gluteus medius, left: has findings")).ToBeVisibleAsync();

        // The program builder proposes a program that treats the finding and serves the goal.
        episode = await new Breadcrumb(page).BackToEpisodeAsync();
        var builder = await episode.OpenProgramAsync();
        await builder.RecommendAsync();
        Assert.Contains("gluteus_medius", await builder.ElementValuesAsync("Region"));
        Assert.Contains("exercise", await builder.ElementValuesAsync("Kind"));
        await Accessibility.ExpectNoViolationsAsync(page);

        // The practitioner edits the draft (two more sessions) and approves it.
        var sessions = int.Parse(await builder.Sessions.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture) + 2;
        await builder.Sessions.FillAsync(sessions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var exercises = await builder.ExerciseNamesAsync();
        Assert.NotEmpty(exercises);
        var program = await builder.ApproveAsync();
        var programUrl = page.Url;
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{sessions} sessions over");
        await Assertions.Expect(program.HomeExercises).ToBeVisibleAsync();
        foreach (var name in exercises)
        {
            await Assertions.Expect(program.Exercise(name)).ToBeVisibleAsync();
        }

        await Accessibility.ExpectNoViolationsAsync(page);

        // On a phone the program fits the screen; printed, it leaves out the navigation and buttons.
        await page.SetViewportSizeAsync(390, 844);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(new MainLayout(page).Header).ToBeHiddenAsync();
        await Assertions.Expect(program.PrintButton).ToBeHiddenAsync();
        await Assertions.Expect(program.HomeExercises).ToBeVisibleAsync();

        // The patient signs in to the portal and opens the program from the home page.
        var portal = await NewPageAsync(DemoRole.Patient);
        var home = await HomePage.OpenAsync(portal);
        await Assertions.Expect(home.ProgramLinks).ToHaveCountAsync(1);
        await home.ProgramLinks.ClickAsync();
        var own = await ProgramPage.ExpectOpenAsync(portal);
        Assert.Equal(programUrl, portal.Url);
        await Assertions.Expect(portal.GetByRole(AriaRole.Main)).ToContainTextAsync(patientName);
        await Assertions.Expect(portal.GetByRole(AriaRole.Main)).ToContainTextAsync($"{sessions} sessions over");
        await Assertions.Expect(own.Exercise(exercises[0])).ToBeVisibleAsync();
        await Assertions.Expect(portal.GetByRole(AriaRole.Link, new() { Name = "Back to the plan builder" })).ToHaveCountAsync(0);

        // "Print or save as PDF" works under a policy without inline scripts (app.js opens the dialog).
        await portal.EvaluateAsync("() => { window.printed = 0; window.print = () => window.printed++; }");
        await own.PrintButton.ClickAsync();
        Assert.Equal(1, await portal.EvaluateAsync<int>("() => window.printed"));
    }
}
