using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// Issue 6's journey across its pages and roles: a caseworker asks RU to visit three named prisoners at its camp; RU's
/// liaison officer accepts two and refuses the third with a reason; after the visit a delegate records it, the two seen
/// and one private interview; the camp's coverage goes from none of its four prisoners seen to two.
/// </summary>
public class VisitJourneyTests
{
    private const string Password = "long enough passphrase";
    private const string CaseworkerEmail = "visits.caseworker@kinlink.example";
    private const string LiaisonEmail = "visits.liaison.ru@kinlink.example";
    private const string DelegateEmail = "visits.delegate@kinlink.example";
    private const string RefusalReason = "Under investigation; ask again in January";

    [SkippableFact]
    public async Task A_request_for_three_prisoners_is_answered_in_part_the_visit_is_recorded_and_coverage_changes()
    {
        await using var session = await BrowserSession.StartAsync();
        var services = session.App.Factory.Services;
        await TestRegistry.SeedAsync(services);
        string[] references;
        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.CreateUserAsync(CaseworkerEmail, KinlinkRoles.Caseworker, null, Password);
            await accounts.CreateUserAsync(LiaisonEmail, KinlinkRoles.LiaisonOfficer, "RU", Password);
            await accounts.CreateUserAsync(DelegateEmail, KinlinkRoles.Delegate, null, Password);
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var held = new List<string>();
            foreach (var (surname, given) in new[] { ("Коваленко", "Олександр"), ("Шевченко", "Тарас"), ("Бондаренко", "Іван"), ("Мельник", "Петро") })
            {
                var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = given, DependsOn = "UA" }, Actor.System);
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = TestRegistry.CampRu }, null, Actor.System);
                held.Add(person.Reference.Value);
            }

            references = [.. held.Take(3)];
        }

        // Before: four prisoners held at the camp, none seen by a delegate.
        var desk = session.Page;
        await SignInAsync(desk, CaseworkerEmail);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Visit coverage", Exact = true }).ClickAsync();
        await ExpectCampRowAsync(desk, held: "4", seen: "0");

        // The caseworker names three of them.
        await desk.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "New request" }).ClickAsync();
        await desk.GetByLabel("Detaining party").SelectOptionAsync("RU");
        await desk.GetByLabel("Place of detention").SelectOptionAsync(TestRegistry.CampRu);
        await desk.GetByLabel("Registry references").FillAsync(string.Join('\n', references));
        await desk.GetByLabel("Proposed from").FillAsync("2026-12-01");
        await desk.GetByLabel("Proposed to").FillAsync("2026-12-03");
        await desk.GetByLabel("Purpose").FillAsync("Art. 126: conditions of detention and private interviews");
        await desk.GetByLabel("Priority").SelectOptionAsync("high");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(desk.GetByText("Awaiting answer").First).ToBeVisibleAsync();
        var requestReference = (await desk.Locator(".caption.reference").First.InnerTextAsync()).Trim();
        Assert.StartsWith("VRQ-", requestReference, StringComparison.Ordinal);

        // RU's liaison officer accepts two and refuses the third with a reason.
        var liaison = await session.OpenAnotherAsync();
        await SignInAsync(liaison, LiaisonEmail);
        await liaison.GetByRole(AriaRole.Link, new() { Name = "Visit requests", Exact = true }).ClickAsync();
        await liaison.GetByRole(AriaRole.Link, new() { Name = requestReference }).ClickAsync();
        await liaison.GetByLabel("Answer", new() { Exact = true }).SelectOptionAsync("partly-accepted");
        await liaison.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-12-02");
        await liaison.GetByLabel("Time (UTC)").FillAsync("10:30");
        ILocator PersonFieldset(string surname) => liaison.Locator("fieldset").Filter(new() { HasText = surname });
        await PersonFieldset("Коваленко").GetByLabel("Answer for this person").SelectOptionAsync("accepted");
        await PersonFieldset("Шевченко").GetByLabel("Answer for this person").SelectOptionAsync("accepted");
        await PersonFieldset("Бондаренко").GetByLabel("Answer for this person").SelectOptionAsync("refused");
        await PersonFieldset("Бондаренко").GetByLabel("Reason, or where to").FillAsync(RefusalReason);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Expect(liaison.GetByText("Accepted in part").First).ToBeVisibleAsync();
        await Expect(liaison.GetByText(RefusalReason).First).ToBeVisibleAsync();

        // The caseworker sees the answer, each person's included.
        await desk.ReloadAsync();
        await Expect(desk.GetByText("Accepted in part").First).ToBeVisibleAsync();
        await Expect(desk.GetByText(RefusalReason).First).ToBeVisibleAsync();

        // Two days after the visit, the delegate records it from the request: the two accepted persons are expected.
        session.App.Factory.Clock.Advance(TimeSpan.FromDays(7));
        var field = await session.OpenAnotherAsync();
        await SignInAsync(field, DelegateEmail);
        await field.GotoAsync($"/Visits/Requests/{requestReference}");
        await field.GetByRole(AriaRole.Link, new() { Name = "Record the visit" }).ClickAsync();
        await field.GetByLabel("First day").FillAsync("2026-12-02");
        await field.GetByLabel("Delegates").FillAsync("Anna Keller\nOksana Petrenko (interpreter)");
        await field.GetByLabel("All places seen").CheckAsync();
        await field.GetByLabel("Private interviews allowed").CheckAsync();
        await field.GetByLabel("List of detainees provided").CheckAsync();
        await field.GetByRole(AriaRole.Button, new() { Name = "Record the visit" }).ClickAsync();
        await Expect(field.GetByText("Expected, not yet recorded")).ToHaveCountAsync(2);

        await field.GetByLabel("Private interview: Коваленко Олександр").CheckAsync();
        await field.GetByLabel("Messages to send: Коваленко Олександр").FillAsync("To my mother: I am well and I received nothing yet");
        await field.GetByRole(AriaRole.Button, new() { Name = "Save the result of Коваленко Олександр" }).ClickAsync();
        await field.GetByRole(AriaRole.Button, new() { Name = "Save the result of Шевченко Тарас" }).ClickAsync();
        await Expect(field.GetByText("Expected, not yet recorded")).ToHaveCountAsync(0);

        // The request is now visited, and the camp's coverage counts the two seen.
        await field.GotoAsync($"/Visits/Requests/{requestReference}");
        await Expect(field.GetByText("Visited").First).ToBeVisibleAsync();
        await field.GetByRole(AriaRole.Link, new() { Name = "Visit coverage", Exact = true }).ClickAsync();
        await ExpectCampRowAsync(field, held: "4", seen: "2");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    private static async Task ExpectCampRowAsync(IPage page, string held, string seen)
    {
        var row = page.Locator("#places-heading + .table-wrap tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = TestRegistry.CampRu, Exact = true }) });
        await Expect(row.Locator("td.numeric").Nth(0)).ToHaveTextAsync(held);
        await Expect(row.Locator("td.numeric").Nth(1)).ToHaveTextAsync(seen);
    }
}
