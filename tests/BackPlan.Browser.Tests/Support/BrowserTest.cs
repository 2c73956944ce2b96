using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Support;

/// <summary>
/// A test that drives Chromium. Every context records a trace; the trace and a screenshot of each
/// page are kept under TestResults/playwright only when the test fails.
/// </summary>
public abstract partial class BrowserTest(BrowserHost host) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserHost Host => host;

    /// <summary>A page in a fresh context: signed out, or signed in as <paramref name="role"/> (signing in happens once per role).</summary>
    protected async Task<IPage> NewPageAsync(DemoRole? role = null, ViewportSize? viewport = null)
    {
        var context = await host.NewContextAsync(role, viewport);
        _contexts.Add(context);
        await context.Tracing.StartAsync(new() { Screenshots = false, Snapshots = true });
        return await context.NewPageAsync();
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
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex SafeName();
}
