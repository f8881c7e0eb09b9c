using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinlink.Browser.Tests;

public class NotificationScopeJourneyTests
{
    private const string OfficerEmail = "o.bondar@bureau.ua.example";
    private const string OfficerPassword = "a long enough passphrase";
    private const string Note = "Interview note: keep from the family";
    private const string Source = "ru-bureau-list-0042.xlsx";

    [SkippableFact]
    public async Task A_ukrainian_officer_sees_a_national_held_by_russia_as_notification_data_and_cannot_find_a_third_country_national()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestRegistry.SeedAsync(session.App.Factory.Services);
        string ukrainian;
        string foreigner;
        Guid foreignerId;
        await using (var scope = session.App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(OfficerEmail, KinlinkRoles.BureauOfficer, "UA", OfficerPassword);
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var caseworker = new Actor("caseworker@kinlink.example", null);
            var national = await persons.RegisterAsync(new PersonInput { Surname = "Коваленко", GivenName = "Олександр", DependsOn = "UA", ServiceNumber = "UA-1001", InformAddress = "Полтава, вул. Соборна 1", Languages = "uk, de" }, caseworker);
            var stranger = await persons.RegisterAsync(new PersonInput { Surname = "Smith", GivenName = "John", ServiceNumber = "GB-77" }, caseworker);
            foreach (var person in new[] { national, stranger })
            {
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = TestRegistry.CampRu, Note = Note, Source = Source }, null, caseworker);
            }

            (ukrainian, foreigner, foreignerId) = (national.Reference.Value, stranger.Reference.Value, stranger.Id.Value);
        }

        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Email address").FillAsync(OfficerEmail);
        await page.GetByLabel("Password").FillAsync(OfficerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText($"Signed in as {OfficerEmail}")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Persons", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Name, reference or service number").FillAsync("коваленко");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Коваленко Олександр") }).First.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Коваленко");
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Notification data") })).ToBeVisibleAsync();
        await Expect(page.Locator("dd").Filter(new() { HasText = "UA-1001" })).ToBeVisibleAsync();
        await Expect(page.Locator("dd").Filter(new() { HasText = "Полтава, вул. Соборна 1" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "2025-05-01" })).ToContainTextAsync(TestRegistry.CampRu);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spellings of the name" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Source" })).ToHaveCountAsync(0);
        await Expect(page.GetByText(Note)).ToHaveCountAsync(0);
        await Expect(page.GetByText(Source)).ToHaveCountAsync(0);
        await Expect(page.GetByText("uk, de")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Persons", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Name, reference or service number").FillAsync("Smith");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByText("No person matches.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Smith") })).ToHaveCountAsync(0);

        var byReference = await page.GotoAsync($"/Registry/Persons/{foreigner}");
        Assert.Equal((int)HttpStatusCode.NotFound, byReference!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        var byId = await page.GotoAsync($"/Registry/Persons/{foreignerId}");
        Assert.Equal((int)HttpStatusCode.NotFound, byId!.Status);

        // The API from the same signed-in browser: the national answers in notification form, the foreigner not at all.
        var api = page.Context.APIRequest;
        var hidden = await api.GetAsync($"/api/persons/{foreignerId}");
        Assert.Equal((int)HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal((int)HttpStatusCode.NotFound, (await api.GetAsync($"/api/persons/{foreigner}")).Status);
        var nationalAnswer = await api.GetAsync($"/api/persons/{ukrainian}");
        Assert.Equal((int)HttpStatusCode.OK, nationalAnswer.Status);
        var body = JsonDocument.Parse(await nationalAnswer.TextAsync()).RootElement;
        Assert.Equal("notification", body.GetProperty("access").GetString());
        Assert.False(body.TryGetProperty("nameForms", out _));
        var search = JsonDocument.Parse(await (await api.GetAsync("/api/persons?name=smith")).TextAsync()).RootElement;
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }
}
