using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Support;

/// <summary>
/// A test that drives Chromium. Every context records a trace; the trace and a screenshot of each
/// page are kept under TestResults/playwright only when the test fails. Any Content-Security-Policy
/// violation on any page the test opened fails it: the policy allows no inline script, and a page
/// that needs one is broken in every browser.
/// </summary>
public abstract partial class BrowserTest(BrowserHost host) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _policyViolations = [];

    protected BrowserHost Host => host;

    /// <summary>A page in a fresh context: signed out, or signed in as <paramref name="role"/> (signing in happens once per role).</summary>
    protected async Task<IPage> NewPageAsync(DemoRole? role = null, ViewportSize? viewport = null)
    {
        var context = await host.NewContextAsync(role, viewport);
        _contexts.Add(context);
        await context.Tracing.StartAsync(new() { Screenshots = false, Snapshots = true });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    /// <summary>The Content-Security-Policy violations seen so far, which no longer fail the test: for a test that provokes one.</summary>
    protected IReadOnlyList<string> TakePolicyViolations()
    {
        lock (_policyViolations)
        {
            var seen = _policyViolations.ToList();
            _policyViolations.Clear();
            return seen;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result is TestResult.Failed;
        var name = SafeName().Replace(TestContext.Current.Test?.TestDisplayName ?? GetType().Name, "_");
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "playwright");
        for (var i = 0; i < _contexts.Count; i++)
        {
            var context = _contexts[i];
            if (failed)
            {
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"{name}-{i + 1}");
                foreach (var (page, n) in context.Pages.Select((p, n) => (p, n)))
                {
                    await page.ScreenshotAsync(new() { Path = $"{file}-page{n + 1}.png", FullPage = true });
                }

                await context.Tracing.StopAsync(new() { Path = $"{file}-trace.zip" });
                TestContext.Current.SendDiagnosticMessage($"Playwright trace: {file}-trace.zip (open with 'npx playwright show-trace')");
            }
            else
            {
                await context.Tracing.StopAsync();
            }

            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
        var violations = TakePolicyViolations();
        if (!failed && violations.Count > 0)
        {
            throw new InvalidOperationException("Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex SafeName();
}
