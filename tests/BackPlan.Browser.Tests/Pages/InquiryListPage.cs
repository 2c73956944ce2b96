using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Inquiries/InquiryListPage.razor: the staff inbox.</summary>
public sealed class InquiryListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Inquiries", Level = 1 });

    public ILocator Inquiry(string name) => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static async Task<InquiryListPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/inquiries");
        var list = new InquiryListPage(page);
        await Assertions.Expect(list.Heading).ToBeVisibleAsync();
        return list;
    }
}
