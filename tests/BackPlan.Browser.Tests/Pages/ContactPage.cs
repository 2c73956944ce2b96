using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>Features/Inquiries/ContactPage.razor: the "create my tailored program" request.</summary>
public sealed class ContactPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Create my tailored program", Level = 1 });

    public ILocator Name => page.GetByLabel("Your name");

    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });

    public ILocator Phone => page.GetByLabel("Phone", new() { Exact = true });

    public ILocator ContactTimes => page.GetByLabel("When is it best to contact you?");

    public ILocator Description => page.GetByLabel("What is the problem, in a few words?");

    public ILocator Consent => page.GetByLabel("I agree that the clinic contacts me about this request");

    public ILocator Duration(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    public static async Task<ContactPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/contact");
        return await ExpectOpenAsync(page);
    }

    public static async Task<ContactPage> ExpectOpenAsync(IPage page)
    {
        var form = new ContactPage(page);
        await Assertions.Expect(form.Heading).ToBeVisibleAsync();
        return form;
    }

    public Task SendAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();
}
