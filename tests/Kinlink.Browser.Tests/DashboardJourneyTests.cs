using System.Text.RegularExpressions;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>A caseworker reads the dashboard in Ukrainian and follows its charts to the lists they count.</summary>
public class DashboardJourneyTests
{
    private const string CaseworkerEmail = "caseworker@kinlink.example";
    private const string Password = "long enough passphrase";

    private static readonly Actor Desk = new(CaseworkerEmail, null);

    [SkippableFact]
    public async Task A_caseworker_reads_the_dashboard_in_ukrainian_and_follows_a_chart_to_the_enquiries_and_persons_it_counts()
    {
        await using var session = await BrowserSession.StartAsync();
        var services = session.App.Factory.Services;
        await TestRegistry.SeedAsync(services);
        string kovalenko;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(CaseworkerEmail, KinlinkRoles.Caseworker, null, Password);
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            async Task<string> Held(string surname, string given, string dependsOn, string place)
            {
                var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = given, DependsOn = dependsOn }, Actor.System);
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = place }, null, Actor.System);
                return person.Reference.Value;
            }

            kovalenko = await Held("Коваленко", "Олександр", "UA", TestRegistry.CampRu);
            await Held("Шевченко", "Тарас", "UA", TestRegistry.CampRu);
            await Held("Иванов", "Сергей", "RU", TestRegistry.CampUa);
        }

        // Found a day and a half after the mother asked: the first answer's median is 1.5 days, written 1,5 in Ukrainian.
        var (located, _) = await FamilyCases.LocatedAsync(services, kovalenko,
            new EnquirerInput { FullName = "Коваленко Галина Іванівна", Relation = "mother", Phone = "+380 67 123 45 67", Language = "uk" },
            new SoughtPersonInput { Surname = "Коваленко", GivenName = "Олександр", Sex = "M", DateOfBirth = "1994-03" },
            Desk, TimeSpan.FromHours(36));

        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Email address").FillAsync(CaseworkerEmail);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Українська" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Зареєстровані особи" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Запити родин" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Час до першої відповіді" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Охоплення відвідуваннями" })).ToBeVisibleAsync();
        await Expect(page.Locator("#first-answer-median")).ToHaveTextAsync("1,5");
        await Expect(page.Locator("#persons-total")).ToHaveTextAsync("3");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Запити за статусом" })).ToBeVisibleAsync();
        var locatedRow = page.Locator("#enquiries-by-status-table tr").Filter(new() { HasText = "Знайдено" });
        await Expect(locatedRow.Locator("td")).ToHaveTextAsync("1");

        // The chart's own link leads to the enquiries it counted as located.
        await page.Locator("#enquiries-by-status-table").GetByRole(AriaRole.Link, new() { Name = "Знайдено" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Tracing/Enquiries\\?status=located$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Запити родин");
        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(located);

        // And the persons held: three on the chart, the same three on the list.
        await page.GoBackAsync();
        var heldRow = page.Locator("#persons-by-status-table tr").Filter(new() { HasText = "Утримується" });
        await Expect(heldRow.Locator("td")).ToHaveTextAsync("3");
        await page.Locator("#persons-by-status-table").GetByRole(AriaRole.Link, new() { Name = "Утримується" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Registry/Persons\\?status=held$"));
        await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByText("Коваленко").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Иванов").First).ToBeVisibleAsync();
    }
}
