using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Instruments/InstrumentPage.razor: one instrument, its scoring and items.</summary>
public sealed class InstrumentPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Items => page.GetByRole(AriaRole.Table, new() { Name = "Items" });

    public static async Task<InstrumentPage> ExpectOpenAsync(IPage page, string title)
    {
        var instrument = new InstrumentPage(page);
        await Assertions.Expect(instrument.Heading).ToContainTextAsync(title);
        return instrument;
    }
}
