using BackPlan.Browser.Tests.Support;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Journeys;

/// <summary>Issue 16, hardening: Chromium enforces the policy, and the pages that ship third-party HTML still work under it.</summary>
public class ContentSecurityPolicyJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task InjectedInlineScript_DoesNotRun()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(Host.BaseAddress, "/").ToString());

        // As if a stored XSS had put a script element into the page.
        var ran = await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.injected = true';
                document.body.appendChild(script);
                return window.injected === true;
            }
            """);

        Assert.False(ran);
        await Assertions.Expect(page.Locator("body")).ToBeVisibleAsync();
        Assert.Contains(TakePolicyViolations(), v => v.Contains("script-src 'self'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiReference_RendersUnderThePolicy()
    {
        var page = await NewPageAsync();

        // Scalar's script is 5 MB: on a machine busy with the rest of the suite its "load" event can
        // take longer than a page of ours, so the test waits for what it renders, not for "load".
        await page.GotoAsync(new Uri(Host.BaseAddress, "/api-reference/").ToString(), new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });

        // Scalar's inline start-up script is allowed by its hash: it renders the OpenAPI document's operations.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Exchange email and password", Exact = false }).First)
            .ToBeVisibleAsync(new() { Timeout = 90_000 });
    }
}
