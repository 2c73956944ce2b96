using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>A patient on a phone fills in the baseline forms, one step at a time, with axe-core on every step.</summary>
public class PortalFormsJourney(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [Fact]
    public async Task Patient_OnAPhone_CompletesTheBaselineForms()
    {
        var email = await NewPatientWithEpisodeAsync();
        var page = await NewPageAsync(viewport: Phone);
        var signIn = await Pages.SignInPage.OpenAsync(page);
        await signIn.SignInAsync(email, BackPlanServer.DemoPassword);

        await page.GotoAsync("/portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forms to fill in: 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your forms", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Before your first visit" }).ClickAsync();

        var form = new PortalFormPage(page);
        for (var step = 1; step <= 10 && await form.Done.CountAsync() == 0; step++)
        {
            await Assertions.Expect(form.StepCounter).ToContainTextAsync($"Step {step} of");
            await Accessibility.ExpectNoViolationsAsync(page);
            await AssertNoHorizontalScrollAsync(page);
            await form.AnswerAndSaveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Assertions.Expect(form.Done).ToBeVisibleAsync();
        await Accessibility.ExpectNoViolationsAsync(page);
        await page.GotoAsync("/portal/forms");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Done", Level = 2 })).ToBeVisibleAsync();
    }

    /// <summary>A patient of the demo clinic that no other journey uses, with a sign-in and an open episode.</summary>
    private async Task<string> NewPatientWithEpisodeAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BackPlanDb>();
        var clinicId = await db.Clinics.IgnoreQueryFilters().Select(c => c.Id).FirstAsync();
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var patient = new PatientInput { GivenName = "Fay", FamilyName = $"Phone{tag}", DateOfBirth = new DateOnly(1984, 6, 1), ConsentToDataProcessing = true }
            .ToPatient("browser test", DateTime.UtcNow);
        db.Patients.Add(patient);
        db.Episodes.Add(new Episode { PatientId = patient.Id, OnsetDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)), StartedOn = DateOnly.FromDateTime(DateTime.UtcNow), CreatedAt = DateTime.UtcNow, CreatedBy = "browser test" });
        await db.SaveChangesAsync();
        var email = $"fay-{tag}@demo.backplan.test";
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, ClinicId = clinicId, PatientId = patient.Id, DisplayName = patient.FullName };
        Assert.True((await users.CreateAsync(user, BackPlanServer.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Patient);
        return email;
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
