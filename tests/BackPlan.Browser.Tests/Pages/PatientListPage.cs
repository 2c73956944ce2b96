using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Patients/PatientListPage.razor.</summary>
public sealed class PatientListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Level = 1 });

    public ILocator SearchBox => page.GetByRole(AriaRole.Search).GetByLabel("Search by name, email or phone");

    public ILocator SearchButton => page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Patients" });

    public ILocator RegisterLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Register a patient" });

    public static async Task<PatientListPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/patients");
        return await ExpectOpenAsync(page);
    }

    public static async Task<PatientListPage> ExpectOpenAsync(IPage page)
    {
        var list = new PatientListPage(page);
        await Assertions.Expect(list.Heading).ToBeVisibleAsync();
        return list;
    }

    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchButton.ClickAsync();
        await Assertions.Expect(SearchBox).ToHaveValueAsync(text);
    }

    /// <summary>The link to a patient as the list shows them: "Family, Given".</summary>
    public ILocator PatientLink(string givenName, string familyName) =>
        Table.GetByRole(AriaRole.Link, new() { Name = $"{familyName}, {givenName}", Exact = true });
}
