using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Plans/ProgramPage.razor: the patient's program at /plans/{id}, printable.</summary>
public sealed class ProgramPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Your back program", Level = 1 });

    public ILocator HomeExercises => page.GetByRole(AriaRole.Heading, new() { Name = "Your home exercises", Level = 2 });

    public ILocator Treatment => page.GetByRole(AriaRole.Heading, new() { Name = "Your treatment", Level = 2 });

    public ILocator SeeADoctorFirst => page.GetByRole(AriaRole.Heading, new() { Name = "See a doctor first", Level = 2 });

    public ILocator PrintButton => page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" });

    public static async Task<ProgramPage> ExpectOpenAsync(IPage page)
    {
        var program = new ProgramPage(page);
        await Assertions.Expect(program.Heading).ToBeVisibleAsync();
        return program;
    }

    /// <summary>An exercise of the program, by its heading (the exercise's name).</summary>
    public ILocator Exercise(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3, Exact = true });
}
