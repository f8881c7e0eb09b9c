using Kinlink.Data.Access;
using Kinlink.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>Chromium reports no Content-Security-Policy violation on the main pages, nor on the API reference.</summary>
public class ContentSecurityPolicyTests
{
    private const string OfficerEmail = "csp.officer@kinlink.example";
    private const string OfficerPassword = "long enough passphrase";

    [SkippableFact]
    public async Task The_main_pages_and_the_api_reference_run_without_a_policy_violation()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestRegistry.SeedAsync(session.App.Factory.Services);
        await session.CreateAccountAsync(OfficerEmail, KinlinkRoles.Caseworker, OfficerPassword);

        var page = session.Page;
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add($"{page.Url}: [{message.Type}] {message.Text}");
        page.PageError += (_, error) => messages.Add($"{page.Url}: [page error] {error}");

        await BrowserSession.SignInAsync(page, OfficerEmail, OfficerPassword);
        await Expect(page.GetByText($"Signed in as {OfficerEmail}")).ToBeVisibleAsync();

        await page.GotoAsync("/Registry/Persons/New");
        await page.GetByLabel("Surname", new() { Exact = true }).FillAsync("Коваленко");
        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync("pow");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Коваленко");
        var personUrl = new Uri(page.Url).AbsolutePath;

        foreach (var url in new[]
        {
            "/", "/Registry/Persons", "/Registry/Persons?name=коваленко", personUrl, personUrl + "/Edit", personUrl + "/Events/New",
            "/Registry/Places", $"/Registry/Places/{TestRegistry.CampRu}", "/Registry/Imports", "/Registry/HealthNews",
            "/Account/ChangePassword", "/Account/TwoFactorSetup", "/no/such/page", "/Language?culture=uk&returnUrl=%2FRegistry%2FPersons",
            "/enquire", "/enquire/status?culture=uk",
        })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
        }

        // The API reference builds its page with script and renders the first tag (Persons) first: wait until it shows.
        await page.GotoAsync("/scalar/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Persons", Level = 2 })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Chromium reports each violation on the console; a script that then failed shows as a page error.
        var violations = messages.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("[page error]", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
