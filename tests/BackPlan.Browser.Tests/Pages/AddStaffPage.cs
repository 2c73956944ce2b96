using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Staff/AddStaffPage.razor.</summary>
public sealed class AddStaffPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Add a staff member", Level = 1 });

    public ILocator FullName => page.GetByLabel("Full name");

    public ILocator Email => page.GetByLabel("Email (used to sign in)");

    public ILocator Role => page.GetByLabel("Role");

    public ILocator Password => page.GetByLabel("First password");

    public static async Task<AddStaffPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/staff/new");
        var form = new AddStaffPage(page);
        await Assertions.Expect(form.Heading).ToBeVisibleAsync();
        return form;
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
}
