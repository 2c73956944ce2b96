using BackPlan.Browser.Tests.Pages;
using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

public class PhoneJourney(BrowserHost host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task PatientList_AtPhoneWidth_SearchesWithoutHorizontalScrolling()
    {
        var page = await NewPageAsync(DemoRole.Practitioner, Phone);
        var list = await PatientListPage.OpenAsync(page);
        await AssertNoHorizontalScrollAsync(page);

        // The demo clinic's patients; search for the first one shown.
        var first = list.Table.GetByRole(AriaRole.Link).First;
        var name = await first.InnerTextAsync();
        var familyName = name.Split(',')[0];
        await list.SearchAsync(familyName);
        await Assertions.Expect(list.Table.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First).ToBeInViewportAsync();
        await AssertNoHorizontalScrollAsync(page);

        // Controls stay on screen: the search field fits the phone's width.
        var box = await list.SearchBox.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone.Width, $"The search box spans {box.X}..{box.X + box.Width} on a {Phone.Width} px wide screen.");
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
