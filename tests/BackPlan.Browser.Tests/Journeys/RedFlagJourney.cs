using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// A red flag at intake: the banner, a plan that cannot be approved until the practitioner records
/// the referral, then the review that refers the patient on and the referral letter.
/// </summary>
public class RedFlagJourney(BrowserHost host) : BrowserTest(host)
{
    private const string SaddleNumbness = "Is there numbness or changed feeling between your legs, around your back passage or genitals (where you would sit on a saddle)?";

    [Fact]
    public async Task RedFlag_BlocksApprovalUntilReferralIsRecorded_ThenReviewRefersWithLetter()
    {
        var page = await NewPageAsync(DemoRole.Practitioner);
        var registration = await RegisterPatientPage.OpenAsync(page);
        var person = NewPatient.Unique();
        await registration.FillAsync(person);
        await registration.SubmitAsync();
        var patient = await PatientPage.ExpectOpenAsync(page, person.GivenName, person.FamilyName);

        // Intake with one red flag: an emergency banner that blocks treatment. (The recommendation
        // needs the STarT Back group even when it can only propose a referral.)
        var intake = await patient.StartEpisodeAsync(daysAgo: 10);
        await intake.AnswerPainAsync(now: 7, average: 6, worst: 9);
        await intake.AnswerStartBackAsync(agree: 2, bothersome: 2);
        await intake.RedFlag(SaddleNumbness).CheckAsync();
        var episode = await intake.SaveAsync();
        await Assertions.Expect(episode.SafetyBanner).ToContainTextAsync("possible cauda equina");
        await Assertions.Expect(episode.SafetyBanner).ToContainTextAsync("blocked until a clinician records the referral or clearance");
        // An emergency can only be referred, never cleared.
        await Assertions.Expect(episode.ResolveForm.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await Accessibility.ExpectNoViolationsAsync(page);

        // The builder proposes only the referral, and refuses to approve it while the screening blocks.
        var builder = await episode.OpenProgramAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert, new() { Name = "Safety screening: emergency" })).ToBeVisibleAsync();
        await builder.RecommendAsync();
        Assert.All(await builder.ElementValuesAsync("Kind"), kind => Assert.Equal("referral", kind));
        await builder.ApproveButton.ClickAsync();
        await Assertions.Expect(builder.Problems).ToContainTextAsync("The safety screening blocks treatment until a clinician records the referral or clearance.");
        await Assertions.Expect(builder.DraftHeading).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Version 1" })).ToContainTextAsync("draft");

        // The practitioner records the referral on the episode page: a reason is required.
        episode = await new Breadcrumb(page).BackToEpisodeAsync();
        await episode.RecordButton.ClickAsync();
        await Assertions.Expect(episode.Reason).ToHaveAccessibleDescriptionAsync("Write the reason (5 to 1000 characters).");
        await episode.RecordReferralAsync("Sent to the emergency department at 14:10; told the patient why.");
        await Assertions.Expect(episode.SafetyBanner).ToContainTextAsync("Referral recorded by");
        await Assertions.Expect(episode.SafetyBanner).Not.ToContainTextAsync("blocked until");

        // Now the referral is the approved program.
        builder = await episode.OpenProgramAsync();
        var program = await builder.ApproveAsync();
        await Assertions.Expect(program.SeeADoctorFirst).ToBeVisibleAsync();

        // At the review the practitioner refers the patient on; the letter carries the red flag.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the plan builder" }).ClickAsync();
        episode = await new Breadcrumb(page).BackToEpisodeAsync();
        var review = await episode.OpenReviewAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("A review needs a baseline and a later score");
        await Accessibility.ExpectNoViolationsAsync(page);
        await review.SavePainAsync(7);
        await Accessibility.ExpectNoViolationsAsync(page);
        var letter = await review.ReferAsync("No change after the emergency assessment; GP to follow up.");
        await Assertions.Expect(letter.SafetyScreening).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("GP to follow up.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{person.GivenName} {person.FamilyName}");
        await Accessibility.ExpectNoViolationsAsync(page);
    }
}
