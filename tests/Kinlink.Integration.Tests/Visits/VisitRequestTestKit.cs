using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

/// <summary>
/// A small world for visit requests: three Ukrainians held in RU-CAMP-01 (Kovalenko, Shevchenko, Bondarenko), one seriously
/// wounded in RU-HOSP-01 (Melnyk), and a Russian held by UA in UA-CAMP-01 (Ivanov).
/// </summary>
internal sealed record VisitWorld(AppFixture App, Person Kovalenko, Person Shevchenko, Person Bondarenko, Person Melnyk, Person Ivanov) : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<VisitWorld> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        async Task<Person> Held(string surname, string given, string dependsOn, string place, bool wounded = false)
        {
            var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = given, DependsOn = dependsOn }, Actor.System);
            await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = place }, null, Actor.System);
            if (wounded)
            {
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "hospitalised", Date = "2026-10-01", Place = TestRegistry.HospitalRu, SeriouslyIllOrWounded = true }, null, Actor.System);
            }

            return (await persons.GetAsync(person.Reference.Value, Actor.System)).Person!;
        }

        return new VisitWorld(app,
            await Held("Коваленко", "Олександр", "UA", TestRegistry.CampRu),
            await Held("Шевченко", "Тарас", "UA", TestRegistry.CampRu),
            await Held("Бондаренко", "Іван", "UA", TestRegistry.CampRu),
            await Held("Мельник", "Петро", "UA", TestRegistry.CampRu, wounded: true),
            await Held("Иванов", "Сергей", "RU", TestRegistry.CampUa));
    }

    public HttpClient Caseworker() => App.CreateClient("caseworker");

    public HttpClient Liaison(string party) => App.CreateClient("liaison-officer", party);

    public static object NamedRequest(params Person[] persons) => new
    {
        party = "RU",
        place = TestRegistry.CampRu,
        proposedFrom = "2026-12-10",
        proposedTo = "2026-12-12",
        purpose = "Visit under art. 126: conditions and private interviews",
        priority = "high",
        persons = persons.Select(p => new { personId = p.Reference.Value }).ToArray(),
    };

    public async Task<JsonElement> CreateAsync(params Person[] persons) =>
        await ReadAsync(await Caseworker().PostAsJsonAsync("/api/visit-requests", NamedRequest(persons)), HttpStatusCode.Created);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    /// <summary>A visit to <paramref name="place"/> that ended on <paramref name="endedOn"/> and saw <paramref name="seen"/>, stored directly: recording visits is another slice's.</summary>
    public async Task SeedVisitAsync(string place, DateOnly endedOn, params Person[] seen)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var at = await db.Places.AsNoTracking().SingleAsync(p => p.Code == place);
        var visit = Visit.Create(new VisitDraft(at.Id, null, endedOn.AddDays(-1), endedOn, ["A. Delegate"], true, true, true, null), at.HoldingPartyId, Actor.System, App.Factory.Clock.GetUtcNow());
        foreach (var person in seen)
        {
            visit.RecordPerson(new VisitPersonDraft(person.Id, true, VisitNotSeenReason.None, null, false, null, null));
        }

        db.Visits.Add(visit);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
