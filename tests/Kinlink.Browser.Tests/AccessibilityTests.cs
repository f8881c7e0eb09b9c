using System.Text.RegularExpressions;
using Kinlink.Data.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// axe-core finds no WCAG 2.1 A or AA violation on the main pages, as each kind of user sees them on the demo data set,
/// in English and in Ukrainian, with a form shown with its errors. The page lists are meant to grow with the pages.
/// </summary>
public class AccessibilityTests
{
    /// <summary>A page to check: its address, or (with <paramref name="FollowFrom"/>) the first link on that page whose address matches <paramref name="Url"/>.</summary>
    /// <param name="What">How a failure names the page.</param>
    /// <param name="Url">The address; a regular expression over link addresses when following.</param>
    /// <param name="FollowFrom">A list page whose first matching link leads to the page to check (a person, a parcel…).</param>
    public sealed record CheckedPage(string What, string Url, string? FollowFrom = null);

    /// <summary>The intermediary's pages a caseworker works in, module by module.</summary>
    public static IReadOnlyList<CheckedPage> CaseworkerPages { get; } =
    [
        new("home", "/"),
        new("persons", "/Registry/Persons"),
        new("new person", "/Registry/Persons/New"),
        new("places", "/Registry/Places"),
        new("a place", "^/Registry/Places/[^/?]+$", "/Registry/Places"),
        new("imports", "/Registry/Imports"),
        new("duplicates", "/Registry/Duplicates"),
        new("a duplicate pair", "^/Registry/Duplicates/[0-9a-f-]{36}$", "/Registry/Duplicates"),
        new("health news", "/Registry/HealthNews"),
        new("transmissions overview", "/Transmissions/Overview"),
        new("enquiries", "/Tracing/Enquiries"),
        new("new enquiry", "/Tracing/Enquiries/New"),
        new("an enquiry", "^/Tracing/Enquiries/ENQ-[^/?]+$", "/Tracing/Enquiries"),
        new("review", "/Tracing/Review"),
        new("a candidate", "^/Tracing/Review/[0-9a-f-]{36}$", "/Tracing/Review"),
        new("visit requests", "/Visits"),
        new("a visit request", "^/Visits/Requests/VRQ-[^/?]+$", "/Visits"),
        new("new visit request", "/Visits/Requests/New"),
        new("visits", "/Visits/Visits"),
        new("a visit", "^/Visits/Visits/VIS-[^/?]+$", "/Visits/Visits"),
        new("new visit", "/Visits/Visits/New"),
        new("follow-ups", "/Visits/FollowUps"),
        new("coverage", "/Visits/Coverage"),
        new("overdue visits", "/Visits/Coverage/Overdue?party=RU"),
        new("a visit sheet", "^/Visits/Sheet/[^/?]+$", "/Visits/Coverage"),
        new("mail", "/Mail/Index"),
        new("a message", "^/Mail/Messages/MSG-[^/?]+$", "/Mail/Index"),
        new("new message", "/Mail/Messages/New"),
        new("parcels", "/Mail/Parcels"),
        new("a parcel", "^/Mail/Parcels/PCL-[^/?]+$", "/Mail/Parcels"),
        new("new parcel", "/Mail/Parcels/New"),
        new("batches", "/Mail/Batches"),
        new("a batch", "^/Mail/Batches/BAT-[^/?]+$", "/Mail/Batches"),
        new("routing", "/Mail/Routing"),
        new("mail reports", "/Mail/Reports"),
        new("mail quotas", "/Mail/Reports/Quotas?party=RU&month=2026-11"),
        new("exchanges", "/Exchanges"),
        new("an exchange", "^/Exchanges/EXC-[^/?]+$", "/Exchanges"),
        new("new exchange", "/Exchanges/New"),
        new("medical cases", "/Exchanges/Medical"),
        new("a medical case", "^/Exchanges/Medical/MED-[^/?]+$", "/Exchanges/Medical"),
        new("judicial proceedings", "/Exchanges/Judicial"),
        new("a judicial proceeding", "^/Exchanges/Judicial/JUD-[^/?]+$", "/Exchanges/Judicial"),
        new("families", "/Exchanges/Families"),
        new("deaths", "/Deaths"),
        new("a death", "^/Deaths/DTH-[^/?]+$", "/Deaths"),
        new("death packets", "/Deaths/Packets"),
        new("a death packet", "^/Deaths/Packets/PKT-[^/?]+$", "/Deaths/Packets"),
        new("reports", "/Reports"),
        new("a party's summary", "^/Reports/Parties/[^/?]+$", "/Reports"),
        new("change password", "/Account/ChangePassword"),
        new("two-factor set-up", "/Account/TwoFactorSetup"),
    ];

    /// <summary>The administrator's own pages.</summary>
    public static IReadOnlyList<CheckedPage> AdministratorPages { get; } =
    [
        new("home", "/"),
        new("accounts", "/Admin/Users"),
        new("an account", "^/Admin/Users/Details\\?email=.+$", "/Admin/Users"),
        new("new account", "/Admin/Users/New"),
        new("audit", "/Admin/Audit"),
    ];

    /// <summary>What a delegate in the field works from.</summary>
    public static IReadOnlyList<CheckedPage> DelegatePages { get; } =
    [
        new("home", "/"),
        new("visit requests", "/Visits"),
        new("a visit sheet", "^/Visits/Sheet/[^/?]+$", "/Visits/Coverage"),
    ];

    /// <summary>A detaining party's bureau officer's own pages.</summary>
    public static IReadOnlyList<CheckedPage> BureauOfficerPages { get; } =
    [
        new("home", "/"),
        new("transmissions", "/Transmissions"),
        new("deaths received", "/Deaths/Received"),
        new("mail for the authority", "/Mail/Authority"),
        new("mail item for the authority", "^/Mail/Authority/[^/?]+$", "/Mail/Authority"),
        new("persons", "/Registry/Persons"),
    ];

    /// <summary>A party's liaison officer's own pages.</summary>
    public static IReadOnlyList<CheckedPage> LiaisonOfficerPages { get; } =
    [
        new("visit requests to answer", "/Visits/Answers"),
        new("a visit request to answer", "^/Visits/Answers/[^/?]+$", "/Visits/Answers"),
        new("deaths received", "/Deaths/Received"),
    ];

    /// <summary>Pages checked again in Ukrainian: longer words, another script, the same rules.</summary>
    public static IReadOnlyList<CheckedPage> UkrainianPages { get; } =
    [
        new("home, in Ukrainian", "/"),
        new("persons, in Ukrainian", "/Registry/Persons"),
        new("new enquiry, in Ukrainian", "/Tracing/Enquiries/New"),
        new("visit coverage, in Ukrainian", "/Visits/Coverage"),
        new("reports, in Ukrainian", "/Reports"),
    ];

    [SkippableFact]
    public async Task Every_main_page_passes_the_wcag_2_1_aa_checks_for_each_kind_of_user()
    {
        await using var session = await BrowserSession.StartAsync(demo: true);
        var page = session.Page;
        var violations = new List<string>();

        // The public, signed out: sign-in, the enquiry form with its errors, the status check and its answer.
        await page.GotoAsync("/Account/SignIn");
        violations.AddRange(await Accessibility.ViolationsAsync(page, "sign-in"));
        await page.GotoAsync("/enquire");
        violations.AddRange(await Accessibility.ViolationsAsync(page, "public enquiry"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the enquiry" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        violations.AddRange(await Accessibility.ViolationsAsync(page, "public enquiry with errors"));
        var (reference, code) = await SendPublicEnquiryAsync(page);
        violations.AddRange(await Accessibility.ViolationsAsync(page, "public enquiry received"));
        await page.GotoAsync("/enquire/status");
        violations.AddRange(await Accessibility.ViolationsAsync(page, "public status check"));
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("#code").FillAsync(code);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case-status")).ToBeVisibleAsync();
        violations.AddRange(await Accessibility.ViolationsAsync(page, "public status answer"));

        // The administrator's password leads to the two-factor step.
        await SignInAsync(page, "admin@kinlink.example");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/TwoFactor"));
        violations.AddRange(await Accessibility.ViolationsAsync(page, "two-factor sign-in"));
        await page.Context.ClearCookiesAsync();

        // A caseworker signed in through the form, with a form sent empty to show its errors.
        await SignInAsync(page, "caseworker@kinlink.example");
        await Expect(page.GetByText("Signed in as caseworker@kinlink.example")).ToBeVisibleAsync();
        violations.AddRange(await CheckAllAsync(page, CaseworkerPages, "caseworker"));
        var person = await FirstLinkAsync(page, "/Registry/Persons", "^/Registry/Persons/KL-[^/?]+$");
        violations.AddRange(await CheckAllAsync(page, [new("a person", person), new("edit a person", person + "/Edit"), new("new event", person + "/Events/New")], "caseworker"));
        var enquiry = await FirstLinkAsync(page, "/Tracing/Enquiries", "^/Tracing/Enquiries/ENQ-[^/?]+$");
        violations.AddRange(await CheckAllAsync(page, [new("an enquiry's letter", enquiry + "/Letter?template=acknowledgement")], "caseworker"));
        var death = await FirstLinkAsync(page, "/Deaths", "^/Deaths/DTH-[^/?]+$");
        violations.AddRange(await CheckAllAsync(page, [new("a death's printed notification", death + "/Print")], "caseworker"));
        await page.GotoAsync("/Registry/Persons/New");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        violations.AddRange(await Accessibility.ViolationsAsync(page, "caseworker: new person with errors"));

        await page.GotoAsync("/Language?culture=uk&returnUrl=%2F");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        violations.AddRange(await CheckAllAsync(page, UkrainianPages, "caseworker"));

        foreach (var (role, party, pages) in new (string, string?, IReadOnlyList<CheckedPage>)[]
        {
            (KinlinkRoles.Admin, null, AdministratorPages),
            (KinlinkRoles.Delegate, null, DelegatePages),
            (KinlinkRoles.BureauOfficer, "RU", BureauOfficerPages),
            (KinlinkRoles.LiaisonOfficer, "UA", LiaisonOfficerPages),
        })
        {
            var other = await session.OpenSignedInAsync(role, party);
            violations.AddRange(await CheckAllAsync(other, pages, party is null ? role : $"{role} {party}"));
            await other.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, $"{violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [SkippableFact]
    public async Task The_check_names_each_violation_by_page_rule_impact_and_element()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        // A page with the faults the check is there to catch: a field without a label, pale text, an image without a name.
        await page.GotoAsync("/enquire");
        await page.EvaluateAsync("""
            () => {
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<input id="unlabelled-field" type="text"><p id="pale-text">Pale text</p><img id="unnamed-image" src="data:,">');
                // Through the style object: the page's policy refuses inline style attributes.
                document.getElementById('pale-text').style.color = '#aaaaaa';
            }
            """);

        var violations = await Accessibility.ViolationsAsync(page, "a spoilt page");

        Assert.Contains(violations, v => v.StartsWith("a spoilt page (/enquire): label [critical] at #unlabelled-field", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("a spoilt page (/enquire): color-contrast [serious] at #pale-text", StringComparison.Ordinal) && v.Contains("2.32", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("a spoilt page (/enquire): image-alt [critical] at #unnamed-image", StringComparison.Ordinal));
        await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoViolationsAsync(page, "a spoilt page"));
    }

    /// <summary>Visits each page (following a list's first link where asked) and collects what axe finds there.</summary>
    public static async Task<IReadOnlyList<string>> CheckAllAsync(IPage page, IEnumerable<CheckedPage> pages, string who)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var violations = new List<string>();
        foreach (var checkedPage in pages)
        {
            var url = checkedPage.FollowFrom is null ? checkedPage.Url : await FirstLinkAsync(page, checkedPage.FollowFrom, checkedPage.Url);
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok == true, $"{who}: {checkedPage.What} ({url}) answered {response?.Status}");
            violations.AddRange(await Accessibility.ViolationsAsync(page, $"{who}: {checkedPage.What}"));
        }

        return violations;
    }

    /// <summary>The address of the first link in the main part of <paramref name="listUrl"/> that matches <paramref name="pattern"/>.</summary>
    private static async Task<string> FirstLinkAsync(IPage page, string listUrl, string pattern)
    {
        await page.GotoAsync(listUrl);
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var first = hrefs.FirstOrDefault(href => Regex.IsMatch(href, pattern));
        Assert.True(first is not null, $"{listUrl} has no link matching {pattern}; the demo data should fill it");
        return first;
    }

    private static Task SignInAsync(IPage page, string email) => BrowserSession.SignInAsync(page, email, DemoAccounts.Password);

    /// <summary>Completes the public enquiry form shown with its errors and sends it.</summary>
    /// <returns>The case reference and secret code the family is given.</returns>
    private static async Task<(string Reference, string Code)> SendPublicEnquiryAsync(IPage page)
    {
        await page.Locator("#enquirerFullName").FillAsync("Halyna Kovalenko");
        await page.Locator("#enquirerRelation").SelectOptionAsync("mother");
        await page.Locator("#enquirerPhone").FillAsync("+380 67 123 45 67");
        await page.Locator("#soughtSurname").FillAsync("Коваленко");
        await page.Locator("#soughtGivenName").FillAsync("Олександр");
        await page.Locator("#soughtAgeYears").FillAsync("31");
        await page.Locator("#lastNewsDate").FillAsync("2025-05");
        await page.Locator("#lastNewsPlace").FillAsync("Бахмут");
        await page.Locator("#consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the enquiry" }).ClickAsync();
        await Expect(page.Locator("#case-reference")).ToBeVisibleAsync();
        return ((await page.Locator("#case-reference").InnerTextAsync()).Trim(), (await page.Locator("#secret-code").InnerTextAsync()).Trim());
    }
}
