using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Sessions/SessionNotePage.razor: attendance, the SOAP note, sign-off and addenda.</summary>
public sealed class SessionNotePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Session note", Level = 1 });

    public ILocator Subjective => page.GetByLabel("What the patient reports", new() { Exact = false });

    /// <summary>The blank technique row at the end of the form.</summary>
    public ILocator NewTechnique => page.GetByRole(AriaRole.Group, new() { Name = "Add a technique", Exact = true });

    public ILocator Technique(int number) => page.GetByRole(AriaRole.Group, new() { Name = $"Technique {number}", Exact = true });

    public ILocator SaveDraftButton => page.GetByRole(AriaRole.Button, new() { Name = "Save draft" });

    public ILocator SignOffButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign off" });

    public ILocator AddAddendumButton => page.GetByRole(AriaRole.Button, new() { Name = "Add addendum" });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator TechniquesTable => page.GetByRole(AriaRole.Table, new() { Name = "Techniques applied" });

    public static async Task<SessionNotePage> ExpectOpenAsync(IPage page)
    {
        var note = new SessionNotePage(page);
        await Assertions.Expect(note.Heading).ToBeVisibleAsync();
        return note;
    }

    /// <summary>Fills the blank technique row (codes as option values; the plan element is the program's first soft tissue element).</summary>
    public async Task FillNewTechniqueAsync(string technique, string region, string side, string minutes, string pressure, string response)
    {
        await NewTechnique.GetByLabel("Technique", new() { Exact = true }).SelectOptionAsync(technique);
        await NewTechnique.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(region);
        await NewTechnique.GetByLabel("Side", new() { Exact = true }).SelectOptionAsync(side);
        await NewTechnique.GetByLabel("Minutes", new() { Exact = true }).FillAsync(minutes);
        await NewTechnique.GetByLabel("Pressure (1–5)").SelectOptionAsync(pressure);
        await NewTechnique.GetByLabel("Immediate response").SelectOptionAsync(response);
        await NewTechnique.GetByLabel("Carries out program element").SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }
}
