using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// Issue 8's exchange journey across its pages: a caseworker records an N for N exchange, imports each party's list
/// (CSV files the parties sent), resolves the one ambiguous entry on its page, verifies everyone (identity and a private
/// interview), one prisoner declines to go home, and the handover is recorded with the balance shown on the exchange page;
/// the family of a prisoner handed over, not on the families' worklist before the handover, is on it after and is told.
/// </summary>
public class ExchangeJourneyTests
{
    private const string Password = "long enough passphrase";
    private const string CaseworkerEmail = "exchange.caseworker@kinlink.example";

    private const string RuList =
        "surname,given_name,patronymic,date_of_birth,service_number,note\n"
        + "Коваленко,Олександр,Миколайович,1990-03-04,,\n"
        + "Шевченко,Андрій,Петрович,1991-05-05,,stretcher case\n";

    private const string UaList =
        "Surname,Given name,Patronymic,Date of birth\n"
        + "Иванов,Сергей,Петрович,1988-01-02\n"
        + "Petrov,Aleksei,Ivanovich,1985-07-07\n";

    [SkippableFact]
    public async Task Two_lists_are_imported_an_ambiguous_entry_is_resolved_one_prisoner_declines_and_the_executed_exchange_shows_its_balance()
    {
        await using var session = await BrowserSession.StartAsync();
        var services = session.App.Factory.Services;
        await TestRegistry.SeedAsync(services);
        string twinB;
        string ivanov;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(CaseworkerEmail, KinlinkRoles.Caseworker, null, Password);
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            async Task<string> Held(string surname, string given, string patronymic, string born, string dependsOn, string place)
            {
                var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = given, Patronymic = patronymic, DateOfBirth = born, DependsOn = dependsOn, Sex = "M" }, Actor.System);
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = place }, null, Actor.System);
                return person.Reference.Value;
            }

            await Held("Коваленко", "Олександр", "Миколайович", "1990-03-04", "UA", TestRegistry.CampRu);
            // Two registry persons of the same name and date of birth: the list's entry cannot be told apart by matching.
            await Held("Шевченко", "Андрій", "Петрович", "1991-05-05", "UA", TestRegistry.CampRu);
            twinB = await Held("Шевченко", "Андрій", "Петрович", "1991-05-05", "UA", TestRegistry.ColonyRu);
            ivanov = await Held("Иванов", "Сергей", "Петрович", "1988-01-02", "RU", TestRegistry.CampUa);
            await Held("Петров", "Алексей", "Иванович", "1985-07-07", "RU", TestRegistry.CampUa);
        }

        // Иванов's wife has an open case, located as him: once he is handed over, she is to be told.
        var (wifeCase, _) = await FamilyCases.LocatedAsync(services, ivanov,
            new EnquirerInput { FullName = "Иванова Мария Сергеевна", Relation = "wife", Phone = "+7 912 000 11 22", Language = "ru" },
            new SoughtPersonInput { Surname = "Иванов", GivenName = "Сергей", Sex = "M", DateOfBirth = "1988" },
            new Actor(CaseworkerEmail, null));

        var folder = Directory.CreateTempSubdirectory("kinlink-exchange-lists-");
        var ruFile = Path.Combine(folder.FullName, "ru-list-2026-11-20.csv");
        var uaFile = Path.Combine(folder.FullName, "ua-list-2026-11-21.csv");
        await File.WriteAllTextAsync(ruFile, RuList, new UTF8Encoding(false));
        await File.WriteAllTextAsync(uaFile, UaList, new UTF8Encoding(true));

        try
        {
            var page = session.Page;
            await page.GotoAsync("/");
            await page.GetByLabel("Email address").FillAsync(CaseworkerEmail);
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            // The exchange as the parties agreed it: two for two.
            await page.GotoAsync("/Exchanges");
            await page.GetByRole(AriaRole.Link, new() { Name = "New exchange" }).ClickAsync();
            await page.GetByLabel("First party").SelectOptionAsync("RU");
            await page.GetByLabel("Second party").SelectOptionAsync("UA");
            await page.GetByLabel("Terms", new() { Exact = true }).SelectOptionAsync("n-for-n");
            await page.GetByLabel("Number each side hands over").FillAsync("2");
            await page.GetByLabel("Planned date").FillAsync("2026-11-26");
            await page.GetByLabel("Place of the handover").FillAsync("Sumy border crossing");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the exchange" }).ClickAsync();
            await Expect(page.Locator("#exchange-status")).ToHaveTextAsync("Preparing");
            var exchange = page.Url[(page.Url.LastIndexOf('/') + 1)..];
            Assert.StartsWith("EXC-", exchange, StringComparison.Ordinal);

            // Each party's list, as the file it sent.
            await ImportAsync(page, "RU", ruFile);
            await Expect(page.Locator("#report-title")).ToHaveTextAsync("List imported");
            await ImportAsync(page, "UA", uaFile);
            await Expect(page.Locator("#report-title")).ToHaveTextAsync("List imported");
            await Expect(page.Locator("main")).ToContainTextAsync("Ambiguous");

            // The ambiguous entry: both persons proposed with the engine's explanation; the caseworker chooses one.
            await page.GetByRole(AriaRole.Link, new() { Name = "Шевченко Андрій Петрович" }).ClickAsync();
            await Expect(page.Locator("#entry-resolution")).ToHaveTextAsync("Ambiguous");
            await Expect(page.Locator("article.candidate")).ToHaveCountAsync(2);
            await page.GetByRole(AriaRole.Button, new() { Name = $"Choose this person: {twinB}" }).ClickAsync();
            await Expect(page.Locator("#entry-resolution")).ToHaveTextAsync("Resolved");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = twinB })).ToBeVisibleAsync();

            // Everyone verified: identity, then the wish heard in private. Petrov does not want to go home.
            foreach (var (name, wish) in new[] { ("Коваленко Олександр Миколайович", "yes"), ("Шевченко Андрій Петрович", "yes"), ("Иванов Сергей Петрович", "yes"), ("Petrov Aleksei Ivanovich", "no") })
            {
                await page.GotoAsync($"/Exchanges/{exchange}");
                await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm identity" }).ClickAsync();
                await page.GetByLabel("Wish to be repatriated").SelectOptionAsync(wish);
                await page.GetByLabel("The interview was held in private").CheckAsync();
                await page.GetByLabel("Interview note").FillAsync(wish == "no" ? "Хочет остаться, боится преследования дома." : "Хоче додому.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
                await Expect(page.Locator("#entry-readiness")).ToContainTextAsync(wish == "no" ? "declined repatriation in the private interview" : "Ready");
            }

            // Nothing is told before the handover: with everyone verified, no family is on the worklist yet.
            await page.GotoAsync("/Exchanges/Families");
            await Expect(page.Locator("main")).ToContainTextAsync("No family is waiting for news.");

            // The handover: the form proposes handing over those ready and keeping Petrov, who declined.
            await page.GotoAsync($"/Exchanges/{exchange}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Record the handover" }).ClickAsync();
            await Expect(page.GetByLabel("Petrov Aleksei Ivanovich was handed over")).Not.ToBeCheckedAsync();
            await Expect(page.GetByLabel("Иванов Сергей Петрович was handed over")).ToBeCheckedAsync();
            await page.GetByLabel("Day of the handover").FillAsync("2026-11-26");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the handover" }).ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("do not balance");
            await page.GetByLabel("Why the counts do not balance").FillAsync("One prisoner on UA's list declined repatriation in the private interview.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the handover" }).ClickAsync();

            // The exchange page shows the balance: two from RU, one from UA, one declined.
            await Expect(page.Locator("#exchange-status")).ToHaveTextAsync("Executed");
            var balance = page.GetByRole(AriaRole.Table, new() { Name = "Balance" });
            await Expect(balance.GetByRole(AriaRole.Row, new() { Name = "RU" })).ToContainTextAsync("2");
            await Expect(balance.GetByRole(AriaRole.Row, new() { Name = "UA" })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"UA\s*2\s*1\s*1\s*1"));
            await Expect(page.Locator("#balance-state")).ToHaveTextAsync("The handover does not balance with the terms.");
            await Expect(page.Locator("main")).ToContainTextAsync("One prisoner on UA's list declined");
            await Expect(page.Locator("main")).ToContainTextAsync("Declined repatriation");

            await page.GotoAsync($"/Registry/Persons/{ivanov}");
            await Expect(page.Locator("main")).ToContainTextAsync($"exchange {exchange}");

            // The families' worklist: Иванов's wife, whose case is open, is to be told he went home in this exchange.
            await page.GotoAsync("/Exchanges/Families");
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = wifeCase });
            await Expect(row).ToContainTextAsync("Иванова Мария Сергеевна");
            await Expect(row).ToContainTextAsync($"exchange {exchange}");
            await row.GetByLabel("How the family was told").SelectOptionAsync("phone");
            await row.GetByRole(AriaRole.Button, new() { Name = "Record that the family was told" }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("No family is waiting for news.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task ImportAsync(IPage page, string party, string file)
    {
        await page.GetByLabel("Party whose list this is").SelectOptionAsync(party);
        await page.GetByLabel("File").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the list" }).ClickAsync();
    }
}
