using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryCaseApiTests
{
    private static async Task<(AppFixture App, HttpClient Client, Person Held)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        var held = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Коваленко", GivenName = "Олександр", Patronymic = "Миколайович", DependsOn = "UA" }, Actor.System);
        await persons.RecordEventAsync(held.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-10-01", Place = TestRegistry.CampRu }, null, Actor.System);
        return (app, app.CreateClient("caseworker"), held);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body, EnquiryCaseTestKit.Json);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_case_moves_from_open_to_located_and_keeps_each_change_with_who_why_the_person_and_the_place(DatabaseKind kind)
    {
        var (app, client, held) = await StartAsync(kind);
        await using var _ = app;
        var reference = await EnquiryCaseTestKit.CreateAsync(app);
        var before = await AuditTestKit.LastSequenceAsync(app);

        var searching = await ReadAsync(await EnquiryCaseTestKit.PostStatusAsync(client, reference, "searching", "Розпочато пошук за списками", 0), HttpStatusCode.OK);
        Assert.Equal("searching", searching.GetProperty("status").GetString());
        Assert.Equal("being-searched", searching.GetProperty("familyAnswer").GetString());
        await EnquiryCaseTestKit.LinkAsync(app, reference, held.Id);
        var version = await EnquiryCaseTestKit.VersionAsync(app, reference);
        var located = await ReadAsync(await EnquiryCaseTestKit.PostStatusAsync(client, reference, "located", "Знайдено у списку від 20.11", version), HttpStatusCode.OK);

        Assert.Equal("located", located.GetProperty("status").GetString());
        Assert.Equal(held.Reference.Value, located.GetProperty("personReference").GetString());
        Assert.Equal(held.Id.Value, located.GetProperty("personId").GetGuid());
        Assert.Equal(located.GetProperty("id").GetGuid(), located.GetProperty("caseId").GetGuid());
        Assert.Equal("not-asked", located.GetProperty("sharingConsent").GetString());
        // Located without the person's consent: the family hears what it heard while the search went on.
        Assert.Equal("being-searched", located.GetProperty("familyAnswer").GetString());
        Assert.Equal(version + 1, located.GetProperty("version").GetInt32());

        var events = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/events", EnquiryCaseTestKit.Json);
        Assert.Equal(2, events.GetArrayLength());
        var first = events[0];
        Assert.Equal(("status", "open", "searching", "Розпочато пошук за списками", "caseworker@test.example"),
            (first.GetProperty("kind").GetString(), first.GetProperty("fromStatus").GetString(), first.GetProperty("toStatus").GetString(), first.GetProperty("reason").GetString(), first.GetProperty("by").GetString()));
        Assert.Equal(app.Factory.Clock.GetUtcNow(), first.GetProperty("at").GetDateTimeOffset());
        var last = events[1];
        Assert.Equal("located", last.GetProperty("toStatus").GetString());
        Assert.Equal(held.Reference.Value, last.GetProperty("personReference").GetString());
        Assert.Equal(TestRegistry.CampRu, last.GetProperty("placeCode").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        var changes = entries.Where(e => e.Entry.Action == AuditActions.EnquiryStatusChange).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, e => e.Entry.Summary.Contains($"enquiry {reference} status searching -> located", StringComparison.Ordinal) && e.Persons.Contains(held.Id));
        Assert.All(changes, e => Assert.DoesNotContain("Коваленко", e.Entry.Summary, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_change_the_life_cycle_refuses_or_without_reason_or_version_is_answered_by_field_and_stores_nothing(DatabaseKind kind)
    {
        var (app, client, _) = await StartAsync(kind);
        await using var __ = app;
        var reference = await EnquiryCaseTestKit.CreateAsync(app);

        var refused = await ReadAsync(await EnquiryCaseTestKit.PostStatusAsync(client, reference, "closed-without-result", "nobody looked", 0), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("status", refused.GetProperty("field").GetString());
        Assert.Contains("open cannot become closed-without-result", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var noPerson = await ReadAsync(await EnquiryCaseTestKit.PostStatusAsync(client, reference, "located", "a list", 0), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("status", noPerson.GetProperty("field").GetString());

        var invalid = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/status", new { status = "found", reason = " " }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out var status), invalid.ToString());
        Assert.Contains("searching", status[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("reason", out _));
        Assert.True(errors.TryGetProperty("version", out _));

        var events = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/events", EnquiryCaseTestKit.Json);
        Assert.Equal(0, events.GetArrayLength());
        var enquiry = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}", EnquiryCaseTestKit.Json);
        Assert.Equal("open", enquiry.GetProperty("status").GetString());
        Assert.Equal(0, enquiry.GetProperty("version").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_change_made_on_a_stale_version_gets_409_and_changes_nothing(DatabaseKind kind)
    {
        var (app, client, _) = await StartAsync(kind);
        await using var __ = app;
        var reference = await EnquiryCaseTestKit.CreateAsync(app);
        (await EnquiryCaseTestKit.PostStatusAsync(client, reference, "searching", "first caseworker", 0)).EnsureSuccessStatusCode();

        var stale = await ReadAsync(await EnquiryCaseTestKit.PostStatusAsync(client, reference, "withdrawn", "second caseworker, same version", 0), HttpStatusCode.Conflict);

        Assert.Contains("changed by someone else", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var enquiry = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}", EnquiryCaseTestKit.Json);
        Assert.Equal("searching", enquiry.GetProperty("status").GetString());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/events", EnquiryCaseTestKit.Json)).GetArrayLength());

        var consent = await client.PostAsJsonAsync($"/api/enquiries/{reference}/consent", new { consent = "given", obtainedOn = "2026-11-20", obtainedBy = "visit", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, consent.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_located_persons_answer_is_recorded_with_day_and_how_and_decides_what_the_family_may_be_told(DatabaseKind kind)
    {
        var (app, client, held) = await StartAsync(kind);
        await using var _ = app;
        var searchingOnly = await EnquiryCaseTestKit.CreateAsync(app, "Бондар");
        (await EnquiryCaseTestKit.PostStatusAsync(client, searchingOnly, "searching", "пошук", 0)).EnsureSuccessStatusCode();
        var notLocated = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{searchingOnly}/consent",
            new { consent = "given", obtainedOn = "2026-11-20", obtainedBy = "visit", version = 1 }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("consent", notLocated.GetProperty("field").GetString());

        var reference = await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко");
        var version = await EnquiryCaseTestKit.VersionAsync(app, reference);
        var incomplete = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/consent", new { consent = "refused", version }), HttpStatusCode.BadRequest);
        var errors = incomplete.GetProperty("errors");
        Assert.Equal(["allowedOnRefusal", "obtainedBy", "obtainedOn"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var before = await AuditTestKit.LastSequenceAsync(app);
        var refused = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/consent",
            new { consent = "refused", obtainedOn = "2026-11-20", obtainedBy = "red-cross-message", allowedOnRefusal = "that-alive", note = "у відповіді на повідомлення", version }), HttpStatusCode.OK);
        Assert.Equal("refused", refused.GetProperty("sharingConsent").GetString());
        Assert.Equal("that-alive", refused.GetProperty("allowedOnRefusal").GetString());
        Assert.Equal("person-alive-only", refused.GetProperty("familyAnswer").GetString());

        var given = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/consent",
            new { consent = "given", obtainedOn = "2026-11-25", obtainedBy = "visit", version = version + 1 }), HttpStatusCode.OK);
        Assert.Equal("news-available", given.GetProperty("familyAnswer").GetString());
        Assert.Equal(JsonValueKind.Null, given.GetProperty("allowedOnRefusal").ValueKind);

        var events = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/events", EnquiryCaseTestKit.Json);
        var consents = events.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "consent").ToList();
        Assert.Equal(2, consents.Count);
        Assert.Equal(("not-asked", "refused", "2026-11-20", "red-cross-message", "that-alive", "у відповіді на повідомлення"),
            (consents[0].GetProperty("fromConsent").GetString(), consents[0].GetProperty("toConsent").GetString(), consents[0].GetProperty("consentObtainedOn").GetString(),
             consents[0].GetProperty("consentObtainedBy").GetString(), consents[0].GetProperty("allowedOnRefusal").GetString(), consents[0].GetProperty("reason").GetString()));
        Assert.Equal("given", consents[1].GetProperty("toConsent").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        Assert.Equal(2, entries.Count(e => e.Entry.Action == AuditActions.EnquiryConsent && e.Persons.Contains(held.Id)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Contacts_with_the_enquirer_are_recorded_listed_newest_first_and_audited(DatabaseKind kind)
    {
        var (app, client, _) = await StartAsync(kind);
        await using var __ = app;
        var reference = await EnquiryCaseTestKit.CreateAsync(app);
        var before = await AuditTestKit.LastSequenceAsync(app);

        var bad = await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/contacts", new { date = "21.11.2026", channel = "pigeon", summary = "" }), HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.Equal(["channel", "date", "direction", "summary"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("21.11.2026", errors.GetProperty("date")[0].GetString(), StringComparison.Ordinal);

        var first = await client.PostAsJsonAsync($"/api/enquiries/{reference}/contacts", new { date = "2026-11-20", channel = "phone", direction = "incoming", summary = "Мати питала, чи є новини" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ReadAsync(await client.PostAsJsonAsync($"/api/enquiries/{reference}/contacts", new { date = "2026-11-26", channel = "in-person", direction = "outgoing", summary = "Пояснили, що пошук триває" }), HttpStatusCode.Created);

        var contacts = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/contacts", EnquiryCaseTestKit.Json);
        Assert.Equal(2, contacts.GetArrayLength());
        Assert.Equal(("2026-11-26", "in-person", "outgoing", "Пояснили, що пошук триває", "caseworker@test.example"),
            (contacts[0].GetProperty("date").GetString(), contacts[0].GetProperty("channel").GetString(), contacts[0].GetProperty("direction").GetString(),
             contacts[0].GetProperty("summary").GetString(), contacts[0].GetProperty("recordedBy").GetString()));
        Assert.Equal("2026-11-20", contacts[1].GetProperty("date").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Equal(2, entries.Count(e => e.Entry.Action == AuditActions.EnquiryContact && e.Entry.Summary.Contains(reference, StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.Entry.Summary.Contains("Мати", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_get_nothing_of_a_case_and_the_data_protection_officer_reads_but_changes_nothing(DatabaseKind kind)
    {
        var (app, caseworker, held) = await StartAsync(kind);
        await using var _ = app;
        var reference = await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко");
        var version = await EnquiryCaseTestKit.VersionAsync(app, reference);

        foreach (var (role, party) in new[] { ("bureau-officer", "RU"), ("liaison-officer", "UA"), ("admin", "UA") })
        {
            using var client = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enquiries/{reference}/events")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enquiries/{reference}/contacts")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enquiries/{reference}/letters/acknowledgement")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await EnquiryCaseTestKit.PostStatusAsync(client, reference, "withdrawn", "party", version)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/enquiries/{reference}/consent", new { consent = "given", obtainedOn = "2026-11-20", obtainedBy = "visit", version })).StatusCode);
        }

        using var dpo = app.CreateClient("dpo");
        Assert.Equal(HttpStatusCode.OK, (await dpo.GetAsync($"/api/enquiries/{reference}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await EnquiryCaseTestKit.PostStatusAsync(dpo, reference, "withdrawn", "dpo", version)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dpo.PostAsJsonAsync($"/api/enquiries/{reference}/contacts", new { date = "2026-11-20", channel = "phone", direction = "incoming", summary = "x" })).StatusCode);

        var unchanged = await caseworker.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}", EnquiryCaseTestKit.Json);
        Assert.Equal("located", unchanged.GetProperty("status").GetString());
        Assert.Equal(version, unchanged.GetProperty("version").GetInt32());
    }
}
