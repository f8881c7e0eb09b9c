using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Api;

public class RegistryApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<(AppFixture App, HttpClient Client)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        return (app, app.CreateClient());
    }

    private static object NewPerson(string surname, string given = "Олександр", string? serviceNumber = null) => new
    {
        surname,
        givenName = given,
        patronymic = "Миколайович",
        sex = "M",
        dateOfBirth = "1994-03-12",
        category = "pow",
        dependsOn = "UA",
        serviceNumber,
    };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Creates_a_person_and_reads_it_by_id_and_by_reference(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var created = await client.PostAsJsonAsync("/api/persons", NewPerson("Коваленко", "Віталій", serviceNumber: "AB 123456"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = (await created.Content.ReadFromJsonAsync<JsonElement>(Json));
        var reference = person.GetProperty("reference").GetString()!;
        Assert.Matches("^KL-", reference);
        Assert.Equal("Kovalenko Vitalii Mykolaiovych", person.GetProperty("nameLatin").GetString());
        Assert.Equal("AB123456", person.GetProperty("serviceNumber").GetString());

        var byReference = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{reference.ToLowerInvariant()}", Json);
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{person.GetProperty("id").GetGuid()}", Json);
        Assert.Equal(reference, byReference.GetProperty("reference").GetString());
        Assert.Equal(reference, byId.GetProperty("reference").GetString());
        Assert.Equal("day", byId.GetProperty("dateOfBirthPrecision").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Lists_are_paged_with_a_total(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        foreach (var surname in new[] { "Андрієнко", "Бондар", "Гребенюк", "Данилюк", "Євтушенко" })
        {
            (await client.PostAsJsonAsync("/api/persons", NewPerson(surname))).EnsureSuccessStatusCode();
        }

        var page2 = await client.GetFromJsonAsync<JsonElement>("/api/persons?page=2&pageSize=2", Json);

        Assert.Equal(5, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(2, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(["Гребенюк", "Данилюк"], page2.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("surname").GetString()));

        var tooBig = await client.GetAsync("/api/persons?pageSize=5000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("pageSize", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Name_search_finds_a_person_whichever_script_is_typed(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        (await client.PostAsJsonAsync("/api/persons", NewPerson("Коваленко"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/persons", NewPerson("Шевчук", "Петро"))).EnsureSuccessStatusCode();

        foreach (var term in new[] { "коваленко", "КОВАЛ", "Kovalenko", "kovalenko olek", "Олександр Ков", "oleksandr" })
        {
            var found = await client.GetFromJsonAsync<JsonElement>($"/api/persons?name={Uri.EscapeDataString(term)}", Json);
            var surnames = found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("surname").GetString()).ToList();
            Assert.True(surnames.SequenceEqual(["Коваленко"]), $"'{term}' found [{string.Join(", ", surnames)}]");
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Invalid_fields_are_named_in_a_validation_problem_and_nothing_is_stored(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var response = await client.PostAsJsonAsync("/api/persons", new { surname = "", sex = "X", dateOfBirth = "12.03.1994", dependsOn = "ZZ" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["dateOfBirth", "dependsOn", "sex", "surname"], fields);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/persons", Json);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_update_with_an_old_version_gets_409_and_changes_nothing(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var created = await (await client.PostAsJsonAsync("/api/persons", NewPerson("Коваленко"))).Content.ReadFromJsonAsync<JsonElement>(Json);
        var reference = created.GetProperty("reference").GetString();
        var version = created.GetProperty("version").GetInt32();

        var first = await client.PutAsJsonAsync($"/api/persons/{reference}", new { person = NewPerson("Коваленко", "Олексій"), version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/persons/{reference}", new { person = NewPerson("Коваленко", "Остап"), version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var withoutPerson = await client.PutAsJsonAsync($"/api/persons/{reference}", new { version });
        Assert.Equal(HttpStatusCode.BadRequest, withoutPerson.StatusCode);
        Assert.Contains("\"person\"", await withoutPerson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var withoutVersion = await client.PutAsJsonAsync($"/api/persons/{reference}", new { person = NewPerson("Коваленко") });
        Assert.Contains("\"version\"", await withoutVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{reference}", Json);
        Assert.Equal("Олексій", current.GetProperty("givenName").GetString());
        Assert.Equal(version + 1, current.GetProperty("version").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Events_move_the_person_and_an_impossible_event_gets_422(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var created = await (await client.PostAsJsonAsync("/api/persons", NewPerson("Коваленко"))).Content.ReadFromJsonAsync<JsonElement>(Json);
        var events = $"/api/persons/{created.GetProperty("reference").GetString()}/events";

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(events, new { @event = new { kind = "captured", date = "2024-03-01", place = TestRegistry.CampRu } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(events, new { @event = new { kind = "transferred", date = "2024-06-01", place = TestRegistry.ColonyRu } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(events, new { @event = new { kind = "died", date = "2025-01-10" } })).StatusCode);

        var afterDeath = await client.PostAsJsonAsync(events, new { @event = new { kind = "transferred", date = "2025-02-01", place = TestRegistry.CampRu } });
        Assert.Equal((HttpStatusCode)422, afterDeath.StatusCode);
        Assert.Contains("dead", await afterDeath.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var timeline = await client.GetFromJsonAsync<JsonElement>(events, Json);
        Assert.Equal(["captured", "transferred", "died"], timeline.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{created.GetProperty("id").GetGuid()}", Json);
        Assert.Equal("dead", person.GetProperty("status").GetString());

        var badKind = await client.PostAsJsonAsync(events, new { @event = new { kind = "vanished", date = "2025" } });
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("\"kind\"", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Filters_by_status_place_and_party(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        foreach (var (surname, place) in new[] { ("Бондар", TestRegistry.CampRu), ("Гребенюк", TestRegistry.ColonyRu), ("Данилюк", TestRegistry.CampRu) })
        {
            var p = await (await client.PostAsJsonAsync("/api/persons", NewPerson(surname))).Content.ReadFromJsonAsync<JsonElement>(Json);
            (await client.PostAsJsonAsync($"/api/persons/{p.GetProperty("reference").GetString()}/events", new { @event = new { kind = "captured", date = "2024-03-01", place } })).EnsureSuccessStatusCode();
        }

        (await client.PostAsJsonAsync("/api/persons", NewPerson("Євтушенко"))).EnsureSuccessStatusCode();

        async Task<List<string?>> Surnames(string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/persons?{query}", Json)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("surname").GetString()).ToList();

        Assert.Equal(["Бондар", "Данилюк"], await Surnames($"place={TestRegistry.CampRu}"));
        Assert.Equal(["Євтушенко"], await Surnames("status=unknown"));
        Assert.Equal(["Бондар", "Гребенюк", "Данилюк"], await Surnames("heldBy=RU&status=held"));
        Assert.Empty(await Surnames("party=RU"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/persons?status=lost")).StatusCode);

        var places = await client.GetFromJsonAsync<JsonElement>("/api/places?party=RU", Json);
        Assert.Equal(3, places.GetProperty("total").GetInt32());
        var camp = places.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("code").GetString() == TestRegistry.CampRu);
        Assert.Equal(2, camp.GetProperty("heldNow").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Places_are_created_updated_with_a_version_and_found_by_code(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var place = new { code = "UA-SIZO-07", name = "Слідчий ізолятор № 7", kind = "pre-trial-centre", holdingParty = "UA", region = "Київська область", capacity = 300 };

        var created = await client.PostAsJsonAsync("/api/places", place);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Slidchyi izoliator № 7", body.GetProperty("nameLatin").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/places", place)).StatusCode);
        var version = body.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/places/ua-sizo-07", new { place = place with { capacity = 350 }, version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync("/api/places/UA-SIZO-07", new { place, version })).StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>("/api/places/UA-SIZO-07", Json);
        Assert.Equal(350, read.GetProperty("capacity").GetInt32());

        var badKind = await client.PostAsJsonAsync("/api/places", place with { code = "UA-X-1", kind = "castle" });
        Assert.Contains("\"kind\"", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Unknown_ids_get_404_problem_details(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        foreach (var url in new[] { "/api/persons/KL-0000-0000", $"/api/persons/{Guid.NewGuid()}", "/api/places/NOWHERE", $"/api/imports/{Guid.NewGuid()}" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Health_answers_200_and_the_openapi_document_lists_the_registry(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Json);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/persons", paths);
        Assert.Contains("/api/persons/{id}/events", paths);
        Assert.Contains("/api/places", paths);
        Assert.Contains("/api/parties", paths);
        Assert.Contains("/api/imports", paths);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/")).StatusCode);
        var parties = await client.GetFromJsonAsync<JsonElement>("/api/parties", Json);
        Assert.Contains(parties.EnumerateArray(), p => p.GetProperty("code").GetString() == "RU");
    }
}
