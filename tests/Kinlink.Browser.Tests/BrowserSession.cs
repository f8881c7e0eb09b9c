using System.Net;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kinlink.Browser.Tests;

/// <summary>The real app on Kestrel (a free loopback port) and Debian's Chromium driving it through Playwright.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Flags that keep Chromium off the network: the machine has none beyond loopback, and every
    // look-up of Google's hosts would otherwise be refused at each start.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    static BrowserSession()
    {
        // Assertions wait for the page to reach a state; on a machine busy with other builds a sign-in (password
        // hashing, the first page's compilation) has taken longer than Playwright's 5 s default, failing a journey
        // that was right. Waiting longer costs nothing when the page is quick.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    private BrowserSession(AppFixture app, IPlaywright playwright, IBrowser browser, IPage page, string baseUrl)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        Page = page;
        BaseUrl = baseUrl;
    }

    public AppFixture App { get; }

    public IPage Page { get; }

    public string BaseUrl { get; }

    private IPlaywright Playwright { get; }

    private IBrowser Browser { get; }

    /// <param name="viewportWidth">1280 for a desk; 360 for a small phone.</param>
    /// <param name="javaScriptEnabled">False to walk a page as a browser without script does: plain links and form posts only.</param>
    /// <param name="demo">True to start on the demo data set and its accounts, which fill every module's pages.</param>
    public static async Task<BrowserSession> StartAsync(string locale = "en-GB", int viewportWidth = 1280, bool javaScriptEnabled = true, bool demo = false)
    {
        TestEnvironment.SkipUnless(File.Exists(TestEnvironment.ChromiumPath), $"browser tests need Chromium at {TestEnvironment.ChromiumPath} (apt-get install chromium).");
        var app = AppFixture.StartOnKestrel(DatabaseKind.Sqlite, demo);
        var baseUrl = app.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = TestEnvironment.ChromiumPath, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new() { Locale = locale, BaseURL = baseUrl, ViewportSize = new() { Width = viewportWidth, Height = 900 }, JavaScriptEnabled = javaScriptEnabled });
        var page = await context.NewPageAsync();
        return new BrowserSession(app, playwright, browser, page, baseUrl);
    }

    /// <summary>Another person at another browser on the same server: a caseworker at a desk while a family uses a phone.</summary>
    public async Task<IPage> OpenAnotherAsync(string locale = "en-GB", int viewportWidth = 1280, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new() { Locale = locale, BaseURL = BaseUrl, ViewportSize = new() { Width = viewportWidth, Height = 900 }, JavaScriptEnabled = javaScriptEnabled });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A browser whose every request carries the test sign-in headers: an account of <paramref name="role"/> (and
    /// <paramref name="party"/>) already past its sign-in, for walking the pages of a role the journey does not sign in as.
    /// </summary>
    public async Task<IPage> OpenSignedInAsync(string role, string? party = null, string locale = "en-GB")
    {
        var headers = new Dictionary<string, string>
        {
            [TestAuthHandler.UserHeader] = $"{role}{(party is null ? "" : "." + party.ToLowerInvariant())}@test.example",
            [TestAuthHandler.RolesHeader] = role,
        };
        if (party is not null)
        {
            headers[TestAuthHandler.PartyHeader] = party;
        }

        var context = await Browser.NewContextAsync(new() { Locale = locale, BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, ExtraHTTPHeaders = headers });
        return await context.NewPageAsync();
    }

    /// <summary>An account that signs in through the app's own form (no two-factor step).</summary>
    public async Task CreateAccountAsync(string email, string role, string password)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Kinlink.Data.Access.AccountService>().CreateUserAsync(email, role, null, password);
    }

    /// <summary>Fills and sends the English sign-in form; the caller checks where it led.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
