using System.Collections.Concurrent;
using BackPlan.Browser.Tests.Pages;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(BackPlan.Browser.Tests.Support.BrowserHost))]

namespace BackPlan.Browser.Tests.Support;

/// <summary>
/// One app and one Chromium for the whole assembly. Each test gets its own browser context
/// (cookies, storage); a role signs in once and later tests reuse its storage state.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    // Debian's Chromium: Playwright never downloads a browser here (see PRODUCT.md, Conventions).
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly ConcurrentDictionary<DemoRole, Lazy<Task<string>>> _storageStates = new();
    private readonly BackPlanServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The app's services, for a journey that needs data of its own (e.g. a patient no other test uses).</summary>
    public IServiceProvider Services => _server.Services;

    /// <summary>Every email the app has sent so far (the loopback SMTP server's inbox).</summary>
    public IEnumerable<MimeKit.MimeMessage> Emails => _server.Smtp.Messages;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        // Kestrel starts on a background thread while Chromium launches.
        var server = Task.Run(_server.Start);
        // Generous waits: the suite shares a small machine with builds; a real failure still fails.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        await server;
    }

    public async Task<IBrowserContext> NewContextAsync(DemoRole? signedInAs = null, ViewportSize? viewport = null) =>
        await NewContextAsync(signedInAs is { } role ? await StorageStateAsync(role) : null, viewport);

    /// <summary>The demo admin's authenticator key, once its first sign-in has set it up.</summary>
    public string? AdminKey { get; private set; }

    /// <summary>Signs <paramref name="role"/> in through the sign-in page the first time it is asked for; later calls reuse the cookies.</summary>
    public Task<string> StorageStateAsync(DemoRole role) =>
        _storageStates.GetOrAdd(role, r => new Lazy<Task<string>>(() => SignInAsync(r))).Value;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(string? storageState, ViewportSize? viewport)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            StorageState = storageState,
            Locale = "en-GB",
            TimezoneId = "Europe/Warsaw",
        };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }

        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private async Task<string> SignInAsync(DemoRole role)
    {
        await using var context = await NewContextAsync(storageState: null, viewport: null);
        var page = await context.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync(DemoAccounts.Email(role), BackPlanServer.DemoPassword);
        if (role == DemoRole.Admin)
        {
            // An admin's first sign-in sets up two-factor sign-in before anything else (decision 0036).
            var twoFactor = new TwoFactorPages(page);
            AdminKey = await twoFactor.SetUpAsync();
            await twoFactor.ContinueAsync();
        }

        await HomePage.ExpectSignedInAsync(page);
        return await context.StorageStateAsync();
    }
}
