using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Forms/PortalFormPage.razor: one step of a portal form on screen.</summary>
public sealed class PortalFormPage(IPage page)
{
    public ILocator Step => page.Locator("form.form-step");

    public ILocator StepCounter => page.GetByText(new System.Text.RegularExpressions.Regex("^Step \\d+ of \\d+"));

    public ILocator Continue => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save and (continue|send)$") });

    public ILocator Done => page.GetByText("Your answers have been sent to your clinic.");

    public ILocator OnsetDate => page.GetByLabel("When did this episode of pain begin?");

    public ILocator PreviousEpisodes => page.GetByLabel("Previous episodes of low back pain");

    /// <summary>Answers every question of the step on screen with a middle value, then saves it.</summary>
    public async Task AnswerAndSaveAsync()
    {
        if (await OnsetDate.CountAsync() > 0)
        {
            await OnsetDate.FillAsync(DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await PreviousEpisodes.FillAsync("1");
        }

        foreach (var name in (await Step.Locator("input[type=radio]").EvaluateAllAsync<string[]>("els => els.map(e => e.name)")).Distinct())
        {
            var options = Step.Locator($"input[type=radio][name='{name}']");
            await options.Nth(Math.Min(2, await options.CountAsync() - 1)).CheckAsync();
        }

        foreach (var input in await Step.Locator("input[type=number][name^='psfs.']").AllAsync())
        {
            await input.FillAsync("4");
        }

        foreach (var input in await Step.Locator("input[name$='.label']").AllAsync())
        {
            await input.FillAsync("Walking to work");
        }

        foreach (var input in await Step.Locator("input[type=number][name^='odi.'], input[type=number][name^='sqs.'], input[type=number][name^='pss4.']").AllAsync())
        {
            await input.FillAsync("2");
        }

        await Continue.ClickAsync();
    }
}
