using System.Text.RegularExpressions;
using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public partial class IntakeFormJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task IntakeForm_FailedSubmit_ShowsErrorsBesideFieldsAndSummaryLinksToThem()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var registration = await RegisterPatientPage.OpenAsync(page);
        var person = NewPatient.Unique();
        await registration.FillAsync(person);
        await registration.SubmitAsync();
        var patient = await PatientPage.ExpectOpenAsync(page, person.GivenName, person.FamilyName);
        var intake = await patient.StartEpisodeAsync(daysAgo: 30);
        await Accessibility.ExpectNoViolationsAsync(page);

        // No pain score and an impossible count: refused, each error beside its field and announced with it.
        var previous = intake.PreviousEpisodes;
        await previous.FillAsync("101");
        await intake.SaveButton.ClickAsync();
        await Assertions.Expect(intake.ErrorSummary).ToBeVisibleAsync();
        await Assertions.Expect(previous).ToHaveAccessibleDescriptionAsync("Enter a whole number from 0 to 100.");
        await Assertions.Expect(previous).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(previous).ToHaveValueAsync("101");
        var painNow = intake.Question(IntakePage.Pain, PainNow());
        await Assertions.Expect(painNow).ToHaveAccessibleDescriptionAsync("Enter the pain now, from 0 to 10.");
        await Assertions.Expect(painNow.GetByRole(AriaRole.Radio).First).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.ExpectNoViolationsAsync(page);

        // The summary's links say which field and what is wrong, and lead to the field on this page.
        var summaryLinks = intake.ErrorSummary.GetByRole(AriaRole.Link);
        await Assertions.Expect(summaryLinks).ToHaveCountAsync(2);
        await Assertions.Expect(summaryLinks.First).ToHaveTextAsync("Previous episodes of low back pain: Enter a whole number from 0 to 100.");
        var painLink = summaryLinks.Filter(new() { HasTextRegex = PainNow() });
        await Assertions.Expect(painLink).ToHaveTextAsync(new Regex(@": Enter the pain now, from 0 to 10\.$"));
        var firstPainAnswer = painNow.GetByRole(AriaRole.Radio).First;
        await Assertions.Expect(firstPainAnswer).Not.ToBeInViewportAsync();
        var url = page.Url;
        await painLink.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(url + "#nprs-current");
        await Assertions.Expect(firstPainAnswer).ToBeInViewportAsync();
    }

    [GeneratedRegex("^Pain right now")]
    private static partial Regex PainNow();
}
