using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

/// <summary>
/// Issue 7's journey across its pages and roles: a caseworker takes in a mother's Red Cross message from her case; the
/// detaining authority's check is recorded; the son is transferred, so the message is flagged and rerouted to his new
/// place; a delegate hands it over on a visit there and takes his reply; the reply passes the check and the mother reads
/// it on the public status page with her case reference and secret.
/// </summary>
public class MailJourneyTests
{
    private const string Password = "long enough passphrase";
    private const string CaseworkerEmail = "mail.caseworker@kinlink.example";
    private const string DelegateEmail = "mail.delegate@kinlink.example";
    private const string MotherText = "Синку, ми всі живі й здорові. Чекаємо на тебе вдома.";
    private const string ReplyText = "Мамо, я живий, тримаюся. Цілую всіх.";
    private static readonly Actor Desk = new("mail.desk@kinlink.example", null);

    [SkippableFact]
    public async Task A_family_message_follows_the_prisoner_to_his_new_place_is_delivered_on_a_visit_and_the_reply_reaches_the_family()
    {
        await using var session = await BrowserSession.StartAsync();
        var services = session.App.Factory.Services;
        await TestRegistry.SeedAsync(services);
        string person;
        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.CreateUserAsync(CaseworkerEmail, KinlinkRoles.Caseworker, null, Password);
            await accounts.CreateUserAsync(DelegateEmail, KinlinkRoles.Delegate, null, Password);
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var registered = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Коваленко", GivenName = "Олександр", DependsOn = "UA" }, Actor.System);
            await persons.RecordEventAsync(registered.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = TestRegistry.CampRu }, null, Actor.System);
            person = registered.Reference.Value;
        }

        var (enquiry, code) = await FamilyCases.LocatedAsync(services, person,
            new EnquirerInput { FullName = "Коваленко Галина Іванівна", Relation = "mother", Phone = "+380 67 123 45 67", Language = "uk" },
            new SoughtPersonInput { Surname = "Коваленко", GivenName = "Олександр", Sex = "M", DateOfBirth = "1994-03" },
            Desk);

        // The caseworker takes the mother's message in from her case.
        var desk = session.Page;
        await SignInAsync(desk, CaseworkerEmail);
        await desk.GotoAsync($"/Tracing/Enquiries/{enquiry}");
        await desk.Locator("#hand-in-message").ClickAsync();
        await desk.Locator("[name='correspondentName']").FillAsync("Коваленко Галина Іванівна");
        await desk.Locator("[name='language']").FillAsync("uk");
        await desk.Locator("[name='text']").FillAsync(MotherText);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Take in the message" }).ClickAsync();
        await Expect(desk.Locator("#message-status")).ToHaveAttributeAsync("data-status", "received");
        var message = (await desk.Locator(".caption.reference").First.InnerTextAsync()).Trim();
        Assert.StartsWith("MSG-", message, StringComparison.Ordinal);
        await Expect(desk.GetByText(TestRegistry.CampRu).First).ToBeVisibleAsync();

        // The detaining authority read it and let it through.
        await desk.Locator("[name='check.outcome']").SelectOptionAsync("passed");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Record the check" }).ClickAsync();
        await Expect(desk.Locator("#message-status")).ToHaveAttributeAsync("data-status", "cleared");

        // He is transferred to another colony: the message is flagged on the routing worklist and rerouted there.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonService>().RecordEventAsync(
                person, new StatusEventInput { Kind = "transferred", Date = "2026-11-26", Place = TestRegistry.ColonyRu }, null, Actor.System);
        }

        await desk.GotoAsync("/Mail/Routing");
        await Expect(desk.Locator("main")).ToContainTextAsync(message);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Reroute all" }).ClickAsync();
        await Expect(desk.Locator("main")).Not.ToContainTextAsync(message);
        await desk.GotoAsync($"/Mail/Messages/{message}");
        await Expect(desk.GetByText(TestRegistry.ColonyRu).First).ToBeVisibleAsync();

        // A delegate visits the new place and hands the message over.
        string visit;
        await using (var scope = services.CreateAsyncScope())
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<VisitService>().CreateAsync(
                new VisitInput { Place = TestRegistry.ColonyRu, StartedOn = "2026-11-27", EndedOn = "2026-11-27", Delegates = ["A. Delegate"], PrivateInterviewsAllowed = true }, Desk);
            visit = recorded.Reference;
        }

        var field = await session.OpenAnotherAsync();
        await SignInAsync(field, DelegateEmail);
        await field.GotoAsync($"/Mail/Messages/{message}");
        await Expect(field.Locator("#message-text")).ToContainTextAsync(MotherText);
        await field.Locator("[name='deliver.channel']").SelectOptionAsync("delegate-on-visit");
        await field.Locator("[name='deliver.visit']").FillAsync(visit);
        await field.GetByRole(AriaRole.Button, new() { Name = "Record the delivery" }).ClickAsync();
        await Expect(field.Locator("#message-status")).ToHaveAttributeAsync("data-status", "delivered");

        // He writes back on the same visit; the reply is linked to his mother's message and passes the check.
        await field.Locator("#reply-link").ClickAsync();
        await field.Locator("[name='correspondentName']").FillAsync("Коваленко Галина Іванівна");
        await field.Locator("[name='text']").FillAsync(ReplyText);
        await field.Locator("[name='intake']").SelectOptionAsync("delegate");
        await field.GetByRole(AriaRole.Button, new() { Name = "Take in the message" }).ClickAsync();
        await Expect(field.Locator("#message-status")).ToHaveAttributeAsync("data-status", "received");
        await Expect(field.GetByRole(AriaRole.Link, new() { Name = message })).ToBeVisibleAsync();
        await field.Locator("[name='check.outcome']").SelectOptionAsync("passed");
        await field.GetByRole(AriaRole.Button, new() { Name = "Record the check" }).ClickAsync();
        await Expect(field.Locator("#message-status")).ToHaveAttributeAsync("data-status", "cleared");
        var reply = (await field.Locator(".caption.reference").First.InnerTextAsync()).Trim();

        // The mother reads the reply on the public status page with her reference and secret; it counts as delivered.
        var family = await session.OpenAnotherAsync();
        await family.GotoAsync("/Enquire/Status");
        await family.Locator("[name='reference']").FillAsync(enquiry);
        await family.Locator("#code").FillAsync(code);
        await family.GetByRole(AriaRole.Button, new() { Name = "Check the status" }).ClickAsync();
        await Expect(family.Locator("#family-messages")).ToContainTextAsync(ReplyText);
        await Expect(family.Locator("#family-messages")).Not.ToContainTextAsync(TestRegistry.ColonyRu);

        await desk.GotoAsync($"/Mail/Messages/{reply}");
        await Expect(desk.Locator("#message-status")).ToHaveAttributeAsync("data-status", "delivered");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
