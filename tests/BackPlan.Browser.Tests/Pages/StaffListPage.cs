using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Staff/StaffListPage.razor.</summary>
public sealed class StaffListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Staff", Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Staff and their professional credentials" });

    public ILocator AddLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Add a staff member" });

    public static async Task<StaffListPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/staff");
        var list = new StaffListPage(page);
        await Assertions.Expect(list.Heading).ToBeVisibleAsync();
        return list;
    }

    public ILocator Row(string fullName) => Table.GetByRole(AriaRole.Row).Filter(new() { HasText = fullName });
}
