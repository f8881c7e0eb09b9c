using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// A registry built so each matching outcome really happens: on RU's side (UA nationals held at RU-CAMP-01) one clear
/// person, two persons of the same name and date of birth (ambiguous), one with a service number; on UA's side (RU
/// nationals held at UA-CAMP-01) two clear persons. The lists the parties send name them, and one person nobody registered.
/// </summary>
internal static class ExchangeTestKit
{
    public const string RuList =
        "surname,given_name,patronymic,date_of_birth,service_number,note\n"
        + "Коваленко,Олександр,Миколайович,1990-03-04,,\n"
        + "Шевченко,Андрій,Петрович,1991-05-05,,\n"
        + "Kravets,Ivan,,1989-09-09,UA-555111,\n"
        + "Невідомий,Петро,,1980-01-01,,\n";

    public const string UaList =
        "surname,given_name,patronymic,date_of_birth,service_number,note\n"
        + "Иванов,Сергей,Петрович,1988-01-02,,\n"
        + "Petrov,Aleksei,,1985-07-07,,\n";

    public sealed record World(AppFixture App, string Clear, string TwinA, string TwinB, string Numbered, string Ivanov, string Petrov);

    public static async Task<World> StartAsync(DatabaseKind kind) => await SeedAsync(AppFixture.Start(kind));

    public static async Task<World> SeedAsync(AppFixture app)
    {
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        async Task<string> Held(string surname, string given, string patronymic, string born, string dependsOn, string place, string? serviceNumber = null, bool seriouslyIll = false)
        {
            var person = await persons.RegisterAsync(new PersonInput
            {
                Category = "pow", Surname = surname, GivenName = given, Patronymic = patronymic, DateOfBirth = born, DependsOn = dependsOn, ServiceNumber = serviceNumber, Sex = "M",
            }, Actor.System);
            await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = place }, null, Actor.System);
            if (seriouslyIll)
            {
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "health-news", Date = "2026-11-20", Condition = "shrapnel wounds", SeriouslyIllOrWounded = true }, null, Actor.System);
            }

            return person.Reference.Value;
        }

        var clear = await Held("Коваленко", "Олександр", "Миколайович", "1990-03-04", "UA", TestRegistry.CampRu);
        var twinA = await Held("Шевченко", "Андрій", "Петрович", "1991-05-05", "UA", TestRegistry.CampRu);
        var twinB = await Held("Шевченко", "Андрій", "Петрович", "1991-05-05", "UA", TestRegistry.CampRu);
        var numbered = await Held("Кравець", "Іван", "Степанович", "1989-09-09", "UA", TestRegistry.CampRu, "UA-555111", seriouslyIll: true);
        var ivanov = await Held("Иванов", "Сергей", "Петрович", "1988-01-02", "RU", TestRegistry.CampUa);
        var petrov = await Held("Петров", "Алексей", "Иванович", "1985-07-07", "RU", TestRegistry.CampUa);
        return new World(app, clear, twinA, twinB, numbered, ivanov, petrov);
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, string terms = "all-for-all", int? countPerSide = null)
    {
        var response = await client.PostAsJsonAsync("/api/exchanges", new { partyA = "RU", partyB = "UA", terms, countPerSide, plannedDate = "2026-11-26", place = "Border crossing" });
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string reference, string party, string csv, int version, string fileName = "list.csv") =>
        ImportAsync(client, reference, party, Encoding.UTF8.GetBytes(csv), "text/csv", version, fileName);

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string reference, string party, byte[] content, string contentType, int version, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");
        return await client.PostAsync($"/api/exchanges/{reference}/lists/{party}", form);
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string reference) =>
        await ReadAsync(await client.GetAsync($"/api/exchanges/{reference}"), HttpStatusCode.OK);

    public static JsonElement EntryOf(JsonElement exchange, string listedSurname) =>
        exchange.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("listedSurname").GetString() == listedSurname);

    public static string Id(JsonElement entry) => entry.GetProperty("id").GetGuid().ToString();

    public static int Version(JsonElement exchange) => exchange.GetProperty("version").GetInt32();

    /// <summary>Posts a change to an entry with the exchange's current version; returns the exchange after it.</summary>
    public static async Task<JsonElement> ChangeAsync(HttpClient client, string reference, string entryId, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries/{entryId}/{action}", body);
        return await ReadAsync(response, expected);
    }

    /// <summary>Confirms identity and records a private interview with the given wish for the entry.</summary>
    public static async Task<JsonElement> VerifyAsync(HttpClient client, string reference, string listedSurname, string wish, string note = "")
    {
        var exchange = await GetAsync(client, reference);
        var id = Id(EntryOf(exchange, listedSurname));
        exchange = await ChangeAsync(client, reference, id, "identity", new { version = Version(exchange) });
        return await ChangeAsync(client, reference, id, "interview", new { wish, heldInPrivate = true, note, version = Version(exchange) });
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> RawInterviewNoteAsync(AppFixture app, string entryId)
    {
        await using var db = app.Database.NewContext();
        return await db.Database.SqlQueryRaw<string>("SELECT \"SealedInterviewNote\" AS \"Value\" FROM exchange_entries WHERE \"Id\" = {0}", Guid.Parse(entryId)).SingleAsync();
    }

    /// <summary>An exchange with the person on RU's list, built through the service, for the page tests.</summary>
    public static async Task<(string Reference, Guid Entry)> PageDataAsync(AppFixture app, string person)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var exchanges = scope.ServiceProvider.GetRequiredService<Data.Exchanges.ExchangeService>();
        var actor = new Actor("caseworker@test.example", null);
        var created = await exchanges.CreateAsync(new Data.Exchanges.ExchangeInput { PartyA = "RU", PartyB = "UA", Terms = "n-for-n", CountPerSide = 1, PlannedDate = "2026-12-01", Place = "Пункт пропуску" }, actor);
        var view = await exchanges.AddFromRegistryAsync(created.Operation.Reference,
            new Data.Exchanges.ExchangeEntriesInput { Party = "RU", Persons = [person], Version = created.Operation.Version }, actor);
        return (view.Operation.Reference, view.Entries[0].Entry.Id.Value);
    }
}
