using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Instruments/InstrumentListPage.razor.</summary>
public sealed class InstrumentListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Questionnaires and tests", Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Instruments" });

    public static async Task<InstrumentListPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/instruments");
        var list = new InstrumentListPage(page);
        await Assertions.Expect(list.Heading).ToBeVisibleAsync();
        return list;
    }
}
