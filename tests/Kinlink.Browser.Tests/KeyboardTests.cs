using Kinlink.Data.Access;
using Kinlink.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// Signing in and registering a person with Tab, Shift+Tab, Enter and typing alone: the skip link comes first and
/// leads to the main content, the error summary's links lead to their fields, and every control shows where focus is.
/// </summary>
public class KeyboardTests
{
    private const string Email = "keyboard.caseworker@kinlink.example";
    private const string Password = "long enough passphrase";

    // More stops than any page here has before its form's button: a page that needs more has lost its way.
    private const int MostTabStops = 80;

    [SkippableFact]
    public async Task Sign_in_and_a_new_person_work_from_the_keyboard_alone_with_focus_always_visible()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestRegistry.SeedAsync(session.App.Factory.Services);
        await session.CreateAccountAsync(Email, KinlinkRoles.Caseworker, Password);

        var page = session.Page;
        var stops = new List<FocusIndicator>();

        // Sign-in: the skip link first, then the form, sent empty.
        await page.GotoAsync("/Account/SignIn");
        await SkipToMainAsync(page, stops);
        await TabUntilAsync(page, "main form button[type=submit]", "Tab", stops);
        await page.Keyboard.PressAsync("Enter");
        await FollowEachErrorLinkAsync(page, stops);

        // The last error's field has focus; back to the email address, then the password, and Enter sends the form.
        await TabUntilAsync(page, "#email", "Shift+Tab", stops);
        await page.Keyboard.TypeAsync(Email);
        await TabUntilAsync(page, "#password", "Tab", stops);
        await page.Keyboard.TypeAsync(Password);
        await TabUntilAsync(page, "main form button[type=submit]", "Tab", stops);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText($"Signed in as {Email}")).ToBeVisibleAsync();

        // A new person: past the skip link, through the whole navigation to the form's button, sent empty, then completed.
        await page.GotoAsync("/Registry/Persons/New");
        await FirstStopIsTheSkipLinkAsync(page, stops);
        await TabUntilAsync(page, "main form button[type=submit]", "Tab", stops);
        await page.Keyboard.PressAsync("Enter");
        await FollowEachErrorLinkAsync(page, stops);
        await TabUntilAsync(page, "#surname", "Shift+Tab", stops);
        await page.Keyboard.TypeAsync("Коваленко");
        await TabUntilAsync(page, "#category", "Tab", stops);
        await page.Keyboard.TypeAsync(await page.Locator("#category option[value=pow]").InnerTextAsync());
        await Expect(page.Locator("#category")).ToHaveValueAsync("pow");
        await TabUntilAsync(page, "main form button[type=submit]", "Tab", stops);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Коваленко");

        // The header's links, the language links, the navigation, fields, selects and buttons were all passed through.
        Assert.True(stops.Count >= 30, $"only {stops.Count} focus stops were checked");
        var unseen = stops.Where(stop => stop.Contrast < 3).Select(stop => stop.ToString()).Distinct().ToList();
        Assert.True(unseen.Count == 0, "focus indicators below 3:1:" + Environment.NewLine + string.Join(Environment.NewLine, unseen));
    }

    /// <summary>The first Tab stop is the skip link, and Enter on it moves focus to the main content.</summary>
    private static async Task SkipToMainAsync(IPage page, List<FocusIndicator> stops)
    {
        await FirstStopIsTheSkipLinkAsync(page, stops);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await FocusedMatchesAsync(page, "main#main"), "the skip link did not move focus to the main content");
    }

    private static async Task FirstStopIsTheSkipLinkAsync(IPage page, List<FocusIndicator> stops)
    {
        await page.Keyboard.PressAsync("Tab");
        var first = await Accessibility.FocusIndicatorAsync(page);
        stops.Add(first);
        Assert.True(await FocusedMatchesAsync(page, "a.skip-link[href='#main']"), $"the first Tab stop is {first}, not the skip link");
        await Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();
    }

    /// <summary>Sent with errors, the page focuses its error summary; each of its links, reached by Tab or Shift+Tab, moves focus to its field.</summary>
    private static async Task FollowEachErrorLinkAsync(IPage page, List<FocusIndicator> stops)
    {
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        var targets = await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(targets);
        for (var i = 0; i < targets.Length; i++)
        {
            // From the summary the first link is the next stop; from a field, going back reaches the summary's links from the last.
            await TabUntilAsync(page, $".error-summary li:nth-child({i + 1}) a", i == 0 ? "Tab" : "Shift+Tab", stops);
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await FocusedMatchesAsync(page, targets[i]), $"the error link to {targets[i]} left focus on {await Accessibility.FocusIndicatorAsync(page)}");
        }
    }

    /// <summary>Presses <paramref name="key"/> until the focused element matches <paramref name="selector"/>, noting each stop's focus indicator.</summary>
    private static async Task TabUntilAsync(IPage page, string selector, string key, List<FocusIndicator> stops)
    {
        if (await FocusedMatchesAsync(page, selector))
        {
            return;
        }

        for (var i = 0; i < MostTabStops; i++)
        {
            await page.Keyboard.PressAsync(key);
            stops.Add(await Accessibility.FocusIndicatorAsync(page));
            if (await FocusedMatchesAsync(page, selector))
            {
                return;
            }
        }

        Assert.Fail($"{key} never reached {selector} on {page.Url} within {MostTabStops} stops");
    }

    private static Task<bool> FocusedMatchesAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement !== null && document.activeElement.matches(selector)", selector);
}
