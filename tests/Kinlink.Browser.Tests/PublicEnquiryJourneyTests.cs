using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// A family on a small phone, with script turned off, files an enquiry in Ukrainian on the public page, writes down the
/// reference and the code, and checks the status with them (issue 5 items 6 and 8).
/// </summary>
public class PublicEnquiryJourneyTests
{
    [SkippableFact]
    public async Task A_family_files_in_ukrainian_on_a_360_px_phone_without_javascript_and_checks_the_status()
    {
        await using var session = await BrowserSession.StartAsync("en-GB", viewportWidth: 360, javaScriptEnabled: false);
        var page = session.Page;

        await page.GotoAsync("/enquire");
        // The browser asks for English; the family switches to Ukrainian with the switch, a plain link.
        await page.GetByRole(AriaRole.Link, new() { Name = "Українська" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Попросіть нас розшукати зниклого родича");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Головне меню" })).ToHaveCountAsync(0);
        await AssertNoSidewaysScrollAsync(page);

        // First a post with the consent left unticked: refused beside the box, nothing stored.
        await page.GetByLabel("Ваше повне ім'я").FillAsync("Коваленко Галина Іванівна");
        await page.GetByLabel("Ким вам доводиться зникла людина?").SelectOptionAsync("mother");
        await page.GetByLabel("Телефон").FillAsync("+380 67 123 45 67");
        await page.GetByLabel("Прізвище").FillAsync("Коваленко");
        await page.GetByLabel("Ім'я", new() { Exact = true }).FillAsync("Олександр");
        await page.GetByLabel("По батькові").FillAsync("Миколайович");
        await page.GetByLabel("Або: вік зараз, приблизно").FillAsync("31");
        await page.GetByLabel("Дата останніх звісток").FillAsync("2025-05");
        await page.GetByLabel("Де тоді була людина").FillAsync("Бахмут");
        await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати запит" }).ClickAsync();
        await Expect(page.Locator("#consent-error")).ToContainTextAsync("Позначте поле");
        await AssertNoSidewaysScrollAsync(page);
        await using (var db = session.App.Database.NewContext())
        {
            Assert.Equal(0, await db.Enquiries.CountAsync());
        }

        // What was typed is still there; ticking the box is all that is missing.
        await Expect(page.GetByLabel("Прізвище")).ToHaveValueAsync("Коваленко");
        await page.GetByLabel("Я погоджуюся, щоб мій запит використовували саме так").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати запит" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ми отримали ваш запит");
        var reference = (await page.Locator("#case-reference").InnerTextAsync()).Trim();
        var code = (await page.Locator("#secret-code").InnerTextAsync()).Trim();
        Assert.Matches("^ENQ-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        Assert.Matches("^[0-9A-Z]{3}(-[0-9A-Z]{3}){3}$", code);
        Assert.DoesNotContain(reference, page.Url, StringComparison.Ordinal);
        await AssertNoSidewaysScrollAsync(page);

        await using (var db = session.App.Database.NewContext())
        {
            var stored = await db.Enquiries.AsNoTracking().SingleAsync();
            Assert.Equal(reference, stored.Reference.Value);
            Assert.Equal(EnquiryChannel.Online, stored.Channel);
            Assert.Equal(EnquiryLanguage.Ukrainian, stored.EnquirerLanguage);
            Assert.Equal(31, stored.SoughtAgeYears);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Перевірити стан запиту" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Перевірте стан вашого запиту");
        await Expect(page.GetByLabel("Секретний код")).ToHaveAttributeAsync("autocomplete", "off");
        await page.GetByLabel("Номер справи").FillAsync(reference);
        await page.GetByLabel("Секретний код").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Перевірити стан" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Отримано" })).ToBeVisibleAsync();
        await Expect(page.Locator("#case-status")).ToHaveAttributeAsync("data-status", "received");
        await Expect(page.GetByText("Коваленко Олександр Миколайович")).ToBeVisibleAsync();
        Assert.DoesNotContain(reference, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        await AssertNoSidewaysScrollAsync(page);

        // A wrong code: the plain "not found" answer, no status.
        await page.GetByRole(AriaRole.Link, new() { Name = "Перевірити інший запит" }).ClickAsync();
        await page.GetByLabel("Номер справи").FillAsync(reference);
        await page.GetByLabel("Секретний код").FillAsync("AAA-AAA-AAA-AAA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Перевірити стан" }).ClickAsync();
        await Expect(page.Locator("#status-not-found")).ToBeVisibleAsync();
        await Expect(page.Locator("#case-status")).ToHaveCountAsync(0);
    }

    /// <summary>At 360 px nothing is wider than the screen: the page does not scroll sideways.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        // Measured by the test driver, not by the page: the page itself runs no script.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url}: the page is {widths[0]} px wide on a {widths[1]} px screen");
    }
}
