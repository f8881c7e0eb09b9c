using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>One audit entry per request, naming the request, whatever number of services the request called.</summary>
public sealed class AuditRequestTests
{
    private static PersonInput Kovalenko => new()
    {
        Surname = "Коваленко", GivenName = "Петро", Category = "pow", DependsOn = "UA", ServiceNumber = "UA-1", Rank = "рядовий",
    };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_person_page_and_a_place_page_each_write_one_entry_with_their_path(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var kovalenko = await WebTestData.PersonAsync(app, data.Kovalenko);
        using var client = app.Browser("caseworker");

        var before = await AuditTestKit.LastSequenceAsync(app);
        var (person, _) = await client.GetPageAsync($"/Registry/Persons/{data.Kovalenko}?culture=uk");
        var personEntries = await AuditTestKit.EntriesAfterAsync(app, before);
        var (place, _) = await client.GetPageAsync($"/Registry/Places/{WebTestData.Colony}");
        var placeEntries = await AuditTestKit.EntriesAfterAsync(app, before + 1);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (person.StatusCode, place.StatusCode));
        var (entry, persons) = Assert.Single(personEntries);
        Assert.Equal($"GET /Registry/Persons/{data.Kovalenko}?culture", entry.Request);
        Assert.Equal(AuditActions.PersonRead, entry.Action);
        Assert.Equal(("caseworker@test.example", AuditRecord.Intermediary), (entry.UserName, entry.Organisation));
        Assert.Equal([kovalenko.Person!.Id], persons);
        var placeEntry = Assert.Single(placeEntries);
        Assert.Equal($"GET /Registry/Places/{WebTestData.Colony}", placeEntry.Entry.Request);
        Assert.Equal(AuditActions.PlaceRead, placeEntry.Entry.Action);
        Assert.Equal([kovalenko.Person.Id], placeEntry.Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_api_change_and_the_read_that_answers_it_are_one_entry_with_the_change(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var smith = await WebTestData.PersonAsync(app, data.Smith);
        using var client = app.CreateClient("caseworker");

        var before = await AuditTestKit.LastSequenceAsync(app);
        using var response = await client.PostAsJsonAsync(new Uri($"/api/persons/{data.Smith}/events", UriKind.Relative),
            new { @event = new { kind = "captured", date = "2026-09-01", place = WebTestData.UaCamp } });
        var entries = await AuditTestKit.EntriesAfterAsync(app, before);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (entry, persons) = Assert.Single(entries);
        Assert.Equal($"POST /api/persons/{data.Smith}/events", entry.Request);
        Assert.Equal($"{AuditActions.PersonEvent},{AuditActions.PersonRead}", entry.Action);
        Assert.Equal([smith.Person!.Id], persons);
        Assert.Contains($"recorded an event for {data.Smith}", entry.Summary, StringComparison.Ordinal);
        Assert.Contains($"read {data.Smith}", entry.Summary, StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        var changes = await AuditTestKit.DecryptedChangesAsync(db, app.Factory.Services.GetRequiredService<KeyStore>(), entry);
        Assert.Contains(("event", null, "captured 2026-09-01"), changes);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_api_list_writes_one_entry_with_the_ids_it_showed_and_no_query_values(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await WebTestData.SeedAsync(app);
        using var client = app.CreateClient("caseworker");

        var before = await AuditTestKit.LastSequenceAsync(app);
        using var response = await client.GetAsync(new Uri("/api/persons?party=UA&pageSize=1&name=Smith", UriKind.Relative));
        var entries = await AuditTestKit.EntriesAfterAsync(app, before);

        response.EnsureSuccessStatusCode();
        var shown = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(p => new PersonId(p.GetProperty("id").GetGuid())).ToList();
        Assert.Single(shown);
        var (entry, persons) = Assert.Single(entries);
        Assert.Equal("GET /api/persons?party&pageSize&name", entry.Request);
        Assert.Equal(AuditActions.PersonSearch, entry.Action);
        Assert.Equal(shown, persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Requests_that_show_no_person_write_nothing(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.CreateClient("caseworker");

        var before = await AuditTestKit.LastSequenceAsync(app);
        (await client.GetAsync(new Uri("/api/parties", UriKind.Relative))).EnsureSuccessStatusCode();
        (await client.GetAsync(new Uri("/api/places", UriKind.Relative))).EnsureSuccessStatusCode();
        (await client.GetAsync(new Uri("/api/imports/template.csv", UriKind.Relative))).EnsureSuccessStatusCode();
        // A read last, to know when the requests before it have been through the trail.
        (await client.GetAsync(new Uri($"/api/persons/{data.Ivanov}", UriKind.Relative))).EnsureSuccessStatusCode();
        var entries = await AuditTestKit.EntriesAfterAsync(app, before);

        Assert.Equal($"GET /api/persons/{data.Ivanov}", Assert.Single(entries).Entry.Request);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_request_scope_merges_its_records_and_still_writes_them_when_the_request_fails(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var kovalenko = await harness.WithPersonsAsync(s => s.RegisterAsync(Kovalenko, AuditHarness.Caseworker));

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            using (harness.Trail.BeginRequest("GET /Registry/Persons/x"))
            {
                await harness.WithPersonsAsync(s => s.GetAsync(kovalenko.Reference.Value, AuditHarness.Caseworker));
                await harness.WithPersonsAsync(s => s.SearchAsync(new PersonQuery { Party = "UA" }, AuditHarness.Caseworker));
                throw new InvalidOperationException("the page failed after the data were shown");
            }
        });
        await harness.WithPersonsAsync(s => s.GetAsync(kovalenko.Reference.Value, AuditHarness.Caseworker));
        await harness.Trail.FlushAsync();

        var entries = await harness.EntriesAsync();
        Assert.Equal([AuditActions.PersonCreate, $"{AuditActions.PersonRead},{AuditActions.PersonSearch}", AuditActions.PersonRead], entries.Select(e => e.Entry.Action));
        Assert.Equal([null, "GET /Registry/Persons/x", null], entries.Select(e => e.Entry.Request));
        Assert.Equal([kovalenko.Id], entries[1].Persons);
        Assert.StartsWith($"read {kovalenko.Reference.Value}; ", entries[1].Entry.Summary, StringComparison.Ordinal);
        Assert.Contains("party=UA", entries[1].Entry.Summary, StringComparison.Ordinal);
        Assert.True((await harness.VerifyAsync()).Intact);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_request_that_changes_many_persons_is_written_in_parts_that_name_the_request(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var persons = Enumerable.Range(0, AuditTrail.ChangedPersonsPerEntry + 10).Select(_ => PersonId.New()).ToList();

        using (harness.Trail.BeginRequest("POST /api/imports"))
        {
            harness.Trail.Record(AuditHarness.Caseworker, AuditActions.ListImport, "imported list.csv", persons,
                persons.Select(p => new AuditChange(p, "surname", null, "Коваленко")).ToList());
        }

        await harness.Trail.FlushAsync();

        var entries = await harness.EntriesAsync();
        Assert.Equal(["imported list.csv; part 1 of 2", "imported list.csv; part 2 of 2"], entries.Select(e => e.Entry.Summary));
        Assert.All(entries, e => Assert.Equal("POST /api/imports", e.Entry.Request));
        Assert.Equal([AuditTrail.ChangedPersonsPerEntry, 10], entries.Select(e => e.Persons.Count));
        Assert.Equal(persons.Select(p => p.Value).Order(), entries.SelectMany(e => e.Persons).Select(p => p.Value).Order());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Editing_the_request_of_an_entry_breaks_the_chain_there(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        for (var i = 0; i < 3; i++)
        {
            using (harness.Trail.BeginRequest($"GET /api/persons/{i}"))
            {
                harness.Trail.Record(AuditHarness.Caseworker, AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
            }
        }

        await harness.Trail.FlushAsync();
        var intact = await harness.VerifyAsync();
        await harness.WithContextAsync(db => db.AuditEntries.Where(e => e.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Request, "GET /api/places")));

        Assert.True(intact.Intact);
        Assert.Equal(2, (await harness.VerifyAsync()).BrokenAt);
    }
}
