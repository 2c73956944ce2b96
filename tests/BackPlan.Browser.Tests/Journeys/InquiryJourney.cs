using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// A visitor checks for warning signs, is invited to ask for an assessment, sends the request, and
/// the front desk finds it in the inbox. The demo clinic is the only clinic, so the website speaks for it.
/// </summary>
public class InquiryJourney(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    [Fact]
    public async Task Visitor_SelfCheckWithoutRedFlags_SendsInquiry_FrontDeskSeesItInTheInbox()
    {
        var page = await NewPageAsync(viewport: Phone);
        var check = await SelfCheckPage.OpenAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await check.Age.FillAsync("38");
        await check.ChooseDurationAsync("4 to 12 weeks");
        await check.SubmitAsync();

        await Assertions.Expect(check.Result("Nothing here needs a doctor first")).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await check.RequestAssessment.ClickAsync();

        var form = await ContactPage.ExpectOpenAsync(page);
        await Assertions.Expect(form.Duration("4 to 12 weeks")).ToBeCheckedAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        var name = $"Visitor {Guid.NewGuid().ToString("N")[..8]}";
        await form.Name.FillAsync(name);
        await form.Email.FillAsync("visitor@example.com");
        await form.ContactTimes.FillAsync("After 5 pm");
        await form.Description.FillAsync("Low back pain since lifting boxes at work.");
        await form.Consent.CheckAsync();
        // A person takes longer than the form's minimum fill time (3 s); so does this test.
        await page.WaitForTimeoutAsync(3200);
        await form.SendAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you: your request is on its way" })).ToBeVisibleAsync();

        var staff = await NewPageAsync(DemoRole.FrontDesk);
        var inbox = await InquiryListPage.OpenAsync(staff);
        await inbox.Inquiry(name).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = $"Inquiry from {name}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Main)).ToContainTextAsync("Low back pain since lifting boxes at work.");
        await Assertions.Expect(staff.GetByRole(AriaRole.Main)).ToContainTextAsync("After 5 pm");
        await Accessibility.ExpectNoViolationsAsync(staff);
    }

    [Fact]
    public async Task Visitor_ContactFormWithErrors_IsAccessibleAtPhoneWidth()
    {
        var page = await NewPageAsync(viewport: Phone);
        var form = await ContactPage.OpenAsync(page);
        await form.SendAsync();

        await Assertions.Expect(form.Consent).ToHaveAccessibleDescriptionAsync("We can only answer if you agree that we contact you.");
        await Assertions.Expect(form.Description).ToHaveAccessibleDescriptionAsync("Tell us briefly about your back problem.");
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task Visitor_SaddleNumbness_SeesEmergencyAdviceAndNoBooking_AtPhoneWidth()
    {
        var page = await NewPageAsync(viewport: Phone);
        var check = await SelfCheckPage.OpenAsync(page);
        await page.GetByLabel("Is there numbness or changed feeling between your legs", new() { Exact = false }).CheckAsync();

        await check.SubmitAsync();

        await Assertions.Expect(check.Result("Get medical help today")).ToContainTextAsync("Go to an emergency department now");
        await Assertions.Expect(check.RequestAssessment).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
    }
}
