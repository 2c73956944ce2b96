using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Audit/AuditLogPage.razor.</summary>
public sealed class AuditLogPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 });

    public ILocator Entries => page.GetByRole(AriaRole.Table, new() { Name = "Audit entries" });

    public ILocator UserFilter => page.GetByLabel("User", new() { Exact = true });

    public static async Task<AuditLogPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/audit");
        var log = new AuditLogPage(page);
        await Assertions.Expect(log.Heading).ToBeVisibleAsync();
        return log;
    }
}
