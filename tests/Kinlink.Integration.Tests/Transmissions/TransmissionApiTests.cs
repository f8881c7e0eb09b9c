using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Transmissions;

public class TransmissionApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<string> RegisterAsync(HttpClient client, string surname, string dependsOn, string serviceNumber)
    {
        var response = await client.PostAsJsonAsync("/api/persons", new { surname, givenName = "Тест", dependsOn, serviceNumber, dateOfBirth = "1994-03-12" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("reference").GetString()!;
    }

    private static async Task RecordAsync(HttpClient client, string reference, string kind, string date, string place) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/persons/{reference}/events", new { @event = new { kind, date, place } })).StatusCode);

    private static async Task<JsonElement> FeedAsync(HttpClient client, string query = "") =>
        await client.GetFromJsonAsync<JsonElement>($"/api/transmissions?pageSize=50{query}", Json);

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private static async Task<int> CountAsync(AppFixture app)
    {
        await using var db = app.Database.NewContext();
        return await db.Transmissions.CountAsync();
    }

    private static MultipartFormDataContent Upload(string csv, string party, string source)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        return new MultipartFormDataContent { { file, "file", "list.csv" }, { new StringContent(party), "party" }, { new StringContent(source), "source" } };
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_ukrainian_registered_by_the_russian_bureau_is_transmitted_to_ukraine_once_and_each_event_again(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        var ua = app.CreateClient("bureau-officer", "UA");

        var reference = await RegisterAsync(ru, "Коваленко", "UA", "АБ-123");

        Assert.Equal(1, await CountAsync(app));
        var registration = Assert.Single(Items(await FeedAsync(ua)));
        Assert.Equal("registration", registration.GetProperty("subject").GetString());
        Assert.Equal(reference, registration.GetProperty("reference").GetString());
        Assert.Equal("Коваленко", registration.GetProperty("surname").GetString());
        Assert.Equal("1994-03-12", registration.GetProperty("dateOfBirth").GetString());
        Assert.Equal("АБ-123", registration.GetProperty("serviceNumber").GetString());
        Assert.Equal(app.Factory.Clock.GetUtcNow(), registration.GetProperty("transmittedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, registration.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal(0, (await FeedAsync(ru)).GetProperty("total").GetInt32());

        await RecordAsync(ru, reference, "captured", "2026-11-20", TestRegistry.CampRu);

        Assert.Equal(2, await CountAsync(app));
        var feed = Items(await FeedAsync(ua));
        Assert.Equal(2, feed.Count);
        var capture = Assert.Single(feed, t => t.GetProperty("subject").GetString() == "event");
        Assert.Equal("captured", capture.GetProperty("event").GetString());
        Assert.Equal("2026-11-20", capture.GetProperty("eventDate").GetString());
        Assert.Equal(TestRegistry.CampRu, capture.GetProperty("place").GetString());
        Assert.Equal(0, (await FeedAsync(ru)).GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_is_not_notified_of_what_it_reported_itself_but_of_what_the_intermediary_entered(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ua = app.CreateClient("bureau-officer", "UA");

        var own = await RegisterAsync(ua, "Шевчук", "UA", "АБ-1");
        await RecordAsync(ua, own, "captured", "2026-11-01", TestRegistry.CampRu);

        Assert.Equal(0, await CountAsync(app));
        Assert.Equal(0, (await FeedAsync(ua)).GetProperty("total").GetInt32());

        // The intermediary's own entry about the same person is news to the party.
        await RecordAsync(app.CreateClient("caseworker"), own, "transferred", "2026-11-10", TestRegistry.ColonyRu);

        var item = Assert.Single(Items(await FeedAsync(ua)));
        Assert.Equal("transferred", item.GetProperty("event").GetString());
        Assert.Equal(1, await CountAsync(app));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_of_new_persons_is_transmitted_in_one_go_and_importing_it_again_transmits_nothing(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        var ua = app.CreateClient("liaison-officer", "UA");
        const string csv = "service_number,surname,given_name,date_of_birth,depends_on,place,event,event_date\n"
            + "Ж-1,Коваленко,Олександр,1994-03-12,UA,RU-CAMP-01,captured,2026-10-01\n"
            + "Ж-2,Шевчук,Петро,1990-02-01,UA,RU-CAMP-01,captured,2026-10-02\n"
            + "Ж-3,Бондаренко,Іван,1988-07-15,UA,RU-IK-02,captured,2026-10-03\n"
            + "Ж-4,Мельник,Андрій,1999-01-20,UA,RU-CAMP-01,,\n";

        var first = await ru.PostAsync("/api/imports", Upload(csv, "RU", "list of 2026-11-20"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(4, (await first.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("personsCreated").GetInt32());

        Assert.Equal(4, await CountAsync(app));
        var feed = Items(await FeedAsync(ua));
        Assert.Equal(4, feed.Count);
        Assert.All(feed, t => Assert.Equal("registration", t.GetProperty("subject").GetString()));
        Assert.Equal(["Бондаренко", "Коваленко", "Мельник", "Шевчук"], feed.Select(t => t.GetProperty("surname").GetString()).Order(StringComparer.Ordinal));
        // The events that came with the registration are told by it, not transmitted once more.
        Assert.Equal(TestRegistry.ColonyRu, feed.Single(t => t.GetProperty("surname").GetString() == "Бондаренко").GetProperty("place").GetString());
        Assert.Equal("notified", feed.Single(t => t.GetProperty("surname").GetString() == "Мельник").GetProperty("event").GetString());

        var again = await ru.PostAsync("/api/imports", Upload(csv, "RU", "list of 2026-11-20, sent again"));
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("personsCreated").GetInt32());
        Assert.Equal(4, await CountAsync(app));
        Assert.Equal(0, (await FeedAsync(ru)).GetProperty("total").GetInt32());

        // A later event list: one transmission per event.
        const string transfers = "service_number,depends_on,place,event,event_date\nЖ-1,UA,RU-IK-02,transferred,2026-11-15\nЖ-2,UA,RU-IK-02,transferred,2026-11-16\n";
        Assert.Equal(HttpStatusCode.Created, (await ru.PostAsync("/api/imports", Upload(transfers, "RU", "transfers of 2026-11-20"))).StatusCode);
        Assert.Equal(6, await CountAsync(app));
        Assert.Equal(2, Items(await FeedAsync(ua)).Count(t => t.GetProperty("event").GetString() == "transferred"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_acknowledges_its_own_items_one_or_many_but_not_the_other_partys(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        var ua = app.CreateClient("liaison-officer", "UA");
        await RegisterAsync(ru, "Коваленко", "UA", "АБ-1");
        app.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await RegisterAsync(ru, "Шевчук", "UA", "АБ-2");
        app.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await RegisterAsync(ru, "Бондаренко", "UA", "АБ-3");
        await RegisterAsync(app.CreateClient("bureau-officer", "UA"), "Смирнов", "RU", "РФ-1");

        var feed = Items(await FeedAsync(ua));
        Assert.Equal(["Бондаренко", "Шевчук", "Коваленко"], feed.Select(t => t.GetProperty("surname").GetString()));
        var ruItem = Assert.Single(Items(await FeedAsync(ru)));
        var newest = feed[0].GetProperty("id").GetGuid();

        app.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var acknowledged = await ua.PostAsync($"/api/transmissions/{newest}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var item = await acknowledged.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(app.Factory.Clock.GetUtcNow(), item.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Equal("liaison-officer.ua@test.example", item.GetProperty("acknowledgedBy").GetString());

        // Unacknowledged first, then the acknowledged.
        Assert.Equal(["Шевчук", "Коваленко", "Бондаренко"], Items(await FeedAsync(ua)).Select(t => t.GetProperty("surname").GetString()));
        Assert.Equal(2, (await FeedAsync(ua, "&status=unacknowledged")).GetProperty("total").GetInt32());
        Assert.Equal(newest, Assert.Single(Items(await FeedAsync(ua, "&status=acknowledged"))).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, (await ua.GetAsync("/api/transmissions?status=read")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await ua.PostAsync($"/api/transmissions/{ruItem.GetProperty("id").GetGuid()}/acknowledge", null)).StatusCode);
        var mixed = new { ids = new[] { feed[1].GetProperty("id").GetGuid(), ruItem.GetProperty("id").GetGuid() } };
        Assert.Equal(HttpStatusCode.NotFound, (await ua.PostAsJsonAsync("/api/transmissions/acknowledge", mixed)).StatusCode);
        Assert.Equal(2, (await FeedAsync(ua, "&status=unacknowledged")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await ua.PostAsJsonAsync("/api/transmissions/acknowledge", new { ids = Array.Empty<Guid>() })).StatusCode);

        var all = await ua.PostAsJsonAsync("/api/transmissions/acknowledge", new { ids = feed.Select(t => t.GetProperty("id").GetGuid()) });
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(2, (await all.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("acknowledged").GetInt32());
        Assert.Equal(0, (await FeedAsync(ua, "&status=unacknowledged")).GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, Assert.Single(Items(await FeedAsync(ru))).GetProperty("acknowledgedAt").ValueKind);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_intermediary_sees_per_party_how_many_wait_and_for_how_long(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        var ua = app.CreateClient("bureau-officer", "UA");
        var start = app.Factory.Clock.GetUtcNow();
        await RegisterAsync(ru, "Коваленко", "UA", "АБ-1");
        app.Factory.Clock.Advance(TimeSpan.FromDays(3));
        await RegisterAsync(ru, "Шевчук", "UA", "АБ-2");
        await RegisterAsync(ru, "Бондаренко", "UA", "АБ-3");
        await RegisterAsync(ua, "Смирнов", "RU", "РФ-1");
        app.Factory.Clock.Advance(TimeSpan.FromHours(12));
        var newestUa = Items(await FeedAsync(ua))[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await ua.PostAsync($"/api/transmissions/{newestUa}/acknowledge", null)).StatusCode);

        var overview = await app.CreateClient("analyst").GetFromJsonAsync<JsonElement>("/api/transmissions/overview", Json);

        var parties = overview.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("party").GetString()!);
        Assert.Equal(2, parties["UA"].GetProperty("unacknowledged").GetInt32());
        Assert.Equal(start, parties["UA"].GetProperty("oldestTransmittedAt").GetDateTimeOffset());
        Assert.Equal((long)TimeSpan.FromHours(84).TotalSeconds, parties["UA"].GetProperty("oldestWaitingSeconds").GetInt64());
        Assert.Equal(1, parties["RU"].GetProperty("unacknowledged").GetInt32());
        Assert.Equal((long)TimeSpan.FromHours(12).TotalSeconds, parties["RU"].GetProperty("oldestWaitingSeconds").GetInt64());

        var waiting = overview.GetProperty("unacknowledged");
        Assert.Equal(3, waiting.GetProperty("total").GetInt32());
        var first = Items(waiting)[0];
        Assert.Equal("Коваленко", first.GetProperty("surname").GetString());
        Assert.Equal("UA", first.GetProperty("party").GetString());
        Assert.Equal((long)TimeSpan.FromHours(84).TotalSeconds, first.GetProperty("waitingSeconds").GetInt64());

        var ruOnly = await app.CreateClient("caseworker").GetFromJsonAsync<JsonElement>("/api/transmissions/overview?party=RU", Json);
        Assert.Equal("Смирнов", Assert.Single(Items(ruOnly.GetProperty("unacknowledged"))).GetProperty("surname").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient("admin").GetAsync("/api/transmissions/overview?party=XX")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_cannot_read_the_overview_and_the_intermediary_has_no_feed(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);

        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("bureau-officer", "UA").GetAsync("/api/transmissions/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("liaison-officer", "RU").GetAsync("/api/transmissions/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("delegate").GetAsync("/api/transmissions/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("dpo").GetAsync("/api/transmissions/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("caseworker").GetAsync("/api/transmissions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("bureau-officer", "UA").GetAsync("/Transmissions/Overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("admin").GetAsync("/Transmissions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient("admin").GetAsync("/api/transmissions/overview")).StatusCode);
    }
}
