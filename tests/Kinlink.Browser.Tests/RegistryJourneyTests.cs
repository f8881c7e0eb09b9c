using System.Text;
using System.Text.RegularExpressions;
using Kinlink.Data.Access;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

public class RegistryJourneyTests
{
    private const string OfficerEmail = "officer@kinlink.example";
    private const string OfficerPassword = "long enough passphrase";

    private const string NotificationList =
        "service_number;surname;given_name;patronymic;sex;date_of_birth;depends_on;category;place;event;event_date\n"
        + "Ж-104233;Коваленко;Александр;Николаевич;M;1994-03-12;UA;pow;RU-CAMP-01;notified;2026-11-20\n"
        + "Ж-104234;Шевчук;Пётр;Иванович;M;1990;UA;pow;RU-CAMP-01;notified;2026-11-20\n"
        + "Ж-104235;Бондарь;Иван;;X;1988-13-01;UA;pow;RU-CAMP-01;notified;2026-11-20\n";

    [SkippableFact]
    public async Task An_officer_imports_a_list_finds_a_person_by_a_cyrillic_name_and_records_a_transfer()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestRegistry.SeedAsync(session.App.Factory.Services);
        await using (var scope = session.App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(OfficerEmail, KinlinkRoles.Caseworker, null, OfficerPassword);
        }

        var page = session.Page;

        // Signing in is the first step: the registry is closed to anyone who has not.
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await page.GetByLabel("Email address").FillAsync(OfficerEmail);
        await page.GetByLabel("Password").FillAsync(OfficerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText($"Signed in as {OfficerEmail}")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Imports", Exact = true }).First.ClickAsync();
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload
        {
            Name = "list-2026-11-20.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(NotificationList)).ToArray(),
        });
        await page.GetByLabel("Party that sent the list").SelectOptionAsync("RU");
        await page.GetByLabel("Source").FillAsync("list of 2026-11-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the list" }).ClickAsync();

        var rejected = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "date_of_birth" });
        await Expect(rejected).ToContainTextAsync("4");
        await Expect(rejected).ToContainTextAsync("sex");

        await page.GetByRole(AriaRole.Link, new() { Name = "Persons", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Name, reference or service number").FillAsync("коваленко алекс");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Коваленко Александр") }).First.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Коваленко");
        await Expect(page.Locator("dd").Filter(new() { HasText = "RU-CAMP-01" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an event" }).ClickAsync();
        await page.GetByLabel("What happened").SelectOptionAsync("transferred");
        await page.GetByLabel("Date of the event").FillAsync("2026-11-25");
        await page.GetByLabel("Place after the event").SelectOptionAsync(TestRegistry.ColonyRu);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the event" }).ClickAsync();

        var placeNow = page.Locator("dd").Filter(new() { HasText = TestRegistry.ColonyRu }).First;
        await Expect(placeNow).ToBeVisibleAsync();
        await Expect(placeNow).ToContainTextAsync("Исправительная колония № 2");
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "2026-11-25" })).ToContainTextAsync(TestRegistry.ColonyRu);
    }
}
