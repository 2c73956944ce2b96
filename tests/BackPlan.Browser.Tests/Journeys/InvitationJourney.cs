using System.Text;
using System.Text.RegularExpressions;
using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using AppUser = BackPlan.Web.Features.Account.AppUser;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>
/// The patient's journey from the invitation email (issue 6): the front desk invites the patient, the
/// email arrives at a real SMTP server, and on a phone the patient opens its link, chooses a password,
/// signs in, fills in the baseline forms (leaving one half done and coming back to it), ticks off
/// today's exercises and sees their progress. axe-core on every page visited.
/// </summary>
public partial class InvitationJourney(BrowserHost host) : BrowserTest(host)
{
    private const string Password = "Journey-Passw0rd";

    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [Fact]
    public async Task Patient_InvitedByEmail_SetsPasswordFillsBaselineFormsTicksExercisesAndSeesProgress()
    {
        var patient = await NewPatientWithProgramAsync();

        // The front desk sends the invitation from the patient's page.
        var staff = await NewPageAsync(DemoRole.FrontDesk);
        await staff.GotoAsync($"/patients/{patient.Id}");
        await Accessibility.ExpectNoViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Invite to the patient portal" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Invitation sent." })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(staff);

        // The patient opens the link from the email on their phone and chooses a password.
        var link = await InvitationLinkAsync(patient.Email);
        var page = await NewPageAsync(viewport: Phone);
        var setPassword = await SetPasswordPage.OpenAsync(page, link);
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await setPassword.SetAsync(Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = WelcomeHeading(), Level = 1 })).ToBeVisibleAsync();

        // The link works once: opened again, it says so instead of offering the form.
        var again = await NewPageAsync(viewport: Phone);
        var used = await SetPasswordPage.OpenAsync(again, link);
        await Assertions.Expect(used.LinkNoLongerWorks).ToBeVisibleAsync();
        await Assertions.Expect(used.Password).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(again);

        // Later, on the same phone, the patient signs in with the new password.
        var signIn = await SignInPage.OpenAsync(again);
        await signIn.SignInAsync(patient.Email, Password);
        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { NameRegex = WelcomeHeading(), Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(again);
        await Layout.ExpectNoHorizontalScrollAsync(again);
        page = again;

        // Baseline forms: two steps, then away to the portal home, then back where they left off.
        await page.GotoAsync("/portal/forms");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your forms", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Before your first visit" }).ClickAsync();
        var form = new PortalFormPage(page);
        for (var step = 1; step <= 2; step++)
        {
            await Assertions.Expect(form.StepCounter).ToContainTextAsync($"Step {step} of");
            await Accessibility.ExpectNoViolationsAsync(page);
            await Layout.ExpectNoHorizontalScrollAsync(page);
            await form.AnswerAndSaveAsync();
        }

        await Assertions.Expect(form.StepCounter).ToContainTextAsync("Step 3 of");
        await page.GotoAsync("/portal");
        await page.GotoAsync("/portal/forms");
        await page.GetByRole(AriaRole.Link, new() { Name = "Before your first visit" }).ClickAsync();
        await Assertions.Expect(form.StepCounter).ToContainTextAsync("Step 3 of");
        for (var step = 3; step <= 10 && await form.Done.CountAsync() == 0; step++)
        {
            await Assertions.Expect(form.StepCounter).ToContainTextAsync($"Step {step} of");
            await Accessibility.ExpectNoViolationsAsync(page);
            await Layout.ExpectNoHorizontalScrollAsync(page);
            await form.AnswerAndSaveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Assertions.Expect(form.Done).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);

        // Today's exercises from the approved program, with difficulty and pain.
        var today = await TodayPage.OpenAsync(page);
        var exercises = await today.ExerciseNamesAsync();
        Assert.Equal(2, exercises.Count);
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await today.TickAsync(exercises[0], difficulty: "4", pain: "2");
        await today.TickAsync(exercises[1], difficulty: "6", pain: "3");
        await today.SaveAsync();
        await Assertions.Expect(today.Saved).ToBeVisibleAsync();
        await Assertions.Expect(today.Done(exercises[0])).ToBeCheckedAsync();
        await Assertions.Expect(today.Done(exercises[1])).ToBeCheckedAsync();
        await Accessibility.ExpectNoViolationsAsync(page);

        // Progress: the earlier pain score and today's baseline answers, drawn and as a table.
        var progress = await ProgressPage.OpenAsync(page);
        await Assertions.Expect(progress.ChartDrawings.First).ToBeVisibleAsync();
        Assert.True(await progress.DrawnLinesAsync() > 0, "The chart's svg holds no drawn line.");
        await Assertions.Expect(progress.Tables.First).ToBeVisibleAsync();
        await Layout.ExpectNoHorizontalScrollAsync(page);
        await Accessibility.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task InvitationLink_OlderThanThreeDays_SaysItExpiredInsteadOfTheForm()
    {
        var patient = await NewPatientWithProgramAsync();
        var (userId, fresh, expired) = await InvitedAccountWithTokensAsync(patient);
        var page = await NewPageAsync(viewport: Phone);

        var expiredPage = await SetPasswordPage.OpenAsync(page, SetPasswordPath(userId, expired));
        await Assertions.Expect(expiredPage.LinkNoLongerWorks).ToBeVisibleAsync();
        await Assertions.Expect(expiredPage.Password).ToHaveCountAsync(0);
        await Accessibility.ExpectNoViolationsAsync(page);
        await Layout.ExpectNoHorizontalScrollAsync(page);

        // The same token made now still works: the one above failed for its age alone.
        var freshPage = await SetPasswordPage.OpenAsync(page, SetPasswordPath(userId, fresh));
        await Assertions.Expect(freshPage.Password).ToBeVisibleAsync();
        await Assertions.Expect(freshPage.LinkNoLongerWorks).ToHaveCountAsync(0);
    }

    private sealed record NewPatient(Guid Id, string Email);

    /// <summary>
    /// A patient of the demo clinic that no other journey uses, with an email address, an episode of
    /// two weeks, an approved program of two exercises and a pain score the clinic took at the first
    /// visit (so the progress chart has two points once the baseline forms are in).
    /// </summary>
    private async Task<NewPatient> NewPatientWithProgramAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackPlanDb>();
        var clinicId = await db.Clinics.IgnoreQueryFilters().Select(c => c.Id).FirstAsync();
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"ines-{tag}@demo.backplan.test";
        var now = DateTime.UtcNow;
        var patient = new PatientInput { GivenName = "Ines", FamilyName = $"Invited{tag}", DateOfBirth = new DateOnly(1979, 3, 14), Email = email, ConsentToDataProcessing = true }
            .ToPatient("browser test", now);
        var episode = new Episode
        {
            PatientId = patient.Id,
            OnsetDate = DateOnly.FromDateTime(now.AddDays(-40)),
            StartedOn = DateOnly.FromDateTime(now.AddDays(-14)),
            Status = EpisodeStatus.Active,
            CreatedAt = now.AddDays(-14),
            CreatedBy = "browser test",
        };
        var plan = new PlanVersion
        {
            PatientId = patient.Id,
            EpisodeId = episode.Id,
            Number = 1,
            Status = PlanStatus.Approved,
            Schedule = new PlanSchedule(6, 4, 45),
            Elements =
            [
                Exercise("pelvic_tilt", new Dosage(2, 10, null, null, "daily")),
                Exercise("bird_dog", new Dosage(3, 8, 5, null, "daily")),
            ],
            Origin = "browser test",
            CreatedAt = now.AddDays(-10),
            CreatedBy = "browser test",
            ApprovedAt = now.AddDays(-10),
            ApprovedBy = "browser test",
        };
        var pain = new InstrumentResponse(new Dictionary<string, Answer?> { ["nprs.current"] = new Answer.Number(7) }, null);
        var firstVisit = QuestionnaireResponse.From(Scorer.Score("nprs", pain).Result!, pain, patient.Id, episode.Id, TimePoints.PreSession, "browser test", now.AddDays(-10));
        db.AddRange(patient, episode, plan, firstVisit);
        await db.SaveChangesAsync();
        return new NewPatient(patient.Id, email);
    }

    private static PlanElement Exercise(string code, Dosage dosage) =>
        new(PlanVocabulary.Exercise, null, null, null, "endurance", null, code, null, dosage, "low_endurance", EvidenceSources.NiceNg59, []);

    /// <summary>Waits for the invitation to reach the SMTP server and returns its link as a path on this server.</summary>
    private async Task<string> InvitationLinkAsync(string to)
    {
        for (var waited = 0; waited < 30; waited++)
        {
            var mail = Host.Emails.FirstOrDefault(m => m.To.ToString().Contains(to, StringComparison.OrdinalIgnoreCase));
            if (mail is not null)
            {
                var link = InvitationLink().Match(mail.TextBody ?? "");
                Assert.True(link.Success, mail.TextBody);
                return link.Value[BackPlanServer.PublicBaseUrl.Length..];
            }

            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"No invitation email reached {to} within 30 seconds.");
        return "";
    }

    /// <summary>
    /// Invites the patient (as staff do) and returns a password-reset token made now and the same
    /// token dated four days back. Identity's token provider reads the real clock, so the old one is
    /// written the way it writes tokens: the creation time, user id, purpose and security stamp,
    /// protected by the app's data protection under the provider's name.
    /// </summary>
    private async Task<(string UserId, string Fresh, string Expired)> InvitedAccountWithTokensAsync(NewPatient invited)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackPlanDb>();
        var clinicId = await db.Clinics.IgnoreQueryFilters().Select(c => c.Id).FirstAsync();
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var patient = await db.Patients.SingleAsync(p => p.Id == invited.Id);
        Assert.Null(await sp.GetRequiredService<BackPlan.Web.Features.Portal.PortalInvitations>().InviteAsync(patient, "Demo clinic"));
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(invited.Email))!;
        var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(new DataProtectionTokenProviderOptions().Name);
        var stamp = await users.GetSecurityStampAsync(user) ?? "";
        string Token(DateTimeOffset created)
        {
            using var bytes = new MemoryStream();
            using (var writer = new BinaryWriter(bytes, new UTF8Encoding(false), leaveOpen: true))
            {
                writer.Write(created.UtcTicks);
                writer.Write(user.Id);
                writer.Write(UserManager<AppUser>.ResetPasswordTokenPurpose);
                writer.Write(stamp);
            }

            return Convert.ToBase64String(protector.Protect(bytes.ToArray()));
        }

        var fresh = Token(DateTimeOffset.UtcNow);
        Assert.True(await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, fresh), "The hand-made token is not in Identity's format.");
        return (user.Id, fresh, Token(DateTimeOffset.UtcNow.AddDays(-4)));
    }

    private static string SetPasswordPath(string userId, string token) =>
        $"/account/set-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    [GeneratedRegex(@"http://backplan\.test/account/set-password\?\S+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("^Welcome, ")]
    private static partial Regex WelcomeHeading();
}
