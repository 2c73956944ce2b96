using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Plans/PlanBuilderPage.razor: recommend, edit the draft, approve.</summary>
public sealed partial class PlanBuilderPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Program", Level = 1 });

    public ILocator RecommendButton => page.GetByRole(AriaRole.Button, new() { Name = "Recommend a program" });

    public ILocator FreshRecommendationButton => page.GetByRole(AriaRole.Button, new() { Name = "Discard this draft and start from a fresh recommendation" });

    public ILocator DraftHeading => page.GetByRole(AriaRole.Heading, new() { NameRegex = DraftText(), Level = 2 });

    public ILocator Sessions => page.GetByLabel("Sessions", new() { Exact = true });

    /// <summary>The draft's elements ("Element 1", "Element 2" …), without the blank "Add an element".</summary>
    public ILocator Elements => page.GetByRole(AriaRole.Group, new() { NameRegex = ElementText() });

    public ILocator ApproveButton => page.GetByRole(AriaRole.Button, new() { Name = "Approve program" });

    /// <summary>Why the plan was not approved, announced as an alert.</summary>
    public ILocator Problems => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The plan cannot be approved yet" });

    public ILocator Versions => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = VersionText() });

    public static async Task<PlanBuilderPage> ExpectOpenAsync(IPage page)
    {
        var builder = new PlanBuilderPage(page);
        await Assertions.Expect(builder.Heading).ToBeVisibleAsync();
        return builder;
    }

    public ILocator Element(int number) => page.GetByRole(AriaRole.Group, new() { Name = $"Element {number}", Exact = true });

    public async Task RecommendAsync()
    {
        await RecommendButton.ClickAsync();
        await Assertions.Expect(DraftHeading).ToBeVisibleAsync();
    }

    public async Task StartFromFreshRecommendationAsync()
    {
        await FreshRecommendationButton.ClickAsync();
        await Assertions.Expect(DraftHeading).ToBeVisibleAsync();
    }

    /// <summary>The value (a code such as "exercise" or "gluteus_medius") of the field labelled <paramref name="label"/> in each element.</summary>
    public async Task<IReadOnlyList<string>> ElementValuesAsync(string label)
    {
        var values = new List<string>();
        foreach (var element in await Elements.AllAsync())
        {
            values.Add(await element.GetByLabel(label, new() { Exact = true }).InputValueAsync());
        }

        return values;
    }

    /// <summary>The names of the exercises chosen in the draft, as the exercise select shows them.</summary>
    public async Task<IReadOnlyList<string>> ExerciseNamesAsync()
    {
        var names = new List<string>();
        foreach (var element in await Elements.AllAsync())
        {
            if (await element.GetByLabel("Kind", new() { Exact = true }).InputValueAsync() == "exercise")
            {
                names.Add(await element.GetByLabel("Exercise", new() { Exact = true }).EvaluateAsync<string>("s => s.selectedOptions[0].text"));
            }
        }

        return names;
    }

    public async Task<ProgramPage> ApproveAsync()
    {
        await ApproveButton.ClickAsync();
        return await ProgramPage.ExpectOpenAsync(page);
    }

    [GeneratedRegex(@"^Draft version \d+$")]
    private static partial Regex DraftText();

    [GeneratedRegex(@"^Element \d+$")]
    private static partial Regex ElementText();

    [GeneratedRegex(@"^Version \d+$")]
    private static partial Regex VersionText();
}
