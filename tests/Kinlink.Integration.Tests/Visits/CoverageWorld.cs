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
/// A small registry whose coverage is known by hand. At RU-CAMP-01 (RU): Seen10 seen 10 days ago, Seen200 seen 200 days
/// ago (overdue), NotSeen met on a visit but not seen, Never on no visit; and Released, seen 10 days ago but released
/// since (no longer held). At UA-CAMP-01 (UA): Seen30 seen 30 days ago, NeverUa on no visit. RU-IK-02 holds no one.
/// </summary>
internal sealed record CoverageWorld(
    Dictionary<string, Person> Persons,
    DateTimeOffset Now)
{
    public static readonly Actor Delegate = new("delegate@test.example", null);

    public Person this[string name] => Persons[name];

    public static async Task<CoverageWorld> SeedAsync(AppFixture app)
    {
        await TestRegistry.SeedAsync(app.Factory.Services);
        var now = app.Factory.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var personService = scope.ServiceProvider.GetRequiredService<PersonService>();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var persons = new Dictionary<string, Person>(StringComparer.Ordinal);

        async Task Held(string name, string surname, string place, string dependsOn)
        {
            var person = await personService.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = "Test", DependsOn = dependsOn, DateOfBirth = "1990-01-02" }, Actor.System);
            await personService.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2025-01-10", Place = place }, null, Actor.System);
            persons[name] = person;
        }

        await Held("Seen10", "Андрієнко", TestRegistry.CampRu, "UA");
        await Held("Seen200", "Бондаренко", TestRegistry.CampRu, "UA");
        await Held("NotSeen", "Васильченко", TestRegistry.CampRu, "UA");
        await Held("Never", "Гнатенко", TestRegistry.CampRu, "UA");
        await Held("Released", "Дмитренко", TestRegistry.CampRu, "UA");
        await Held("Seen30", "Иванов", TestRegistry.CampUa, "RU");
        await Held("NeverUa", "Кузнецов", TestRegistry.CampUa, "RU");

        var places = await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken: default);

        Visit VisitAt(string placeCode, int daysAgo)
        {
            var on = today.AddDays(-daysAgo);
            var visit = Visit.Create(new VisitDraft(places[placeCode].Id, null, on.AddDays(-1), on, ["M. Delegate"], true, true, true, null), places[placeCode].HoldingPartyId, Delegate, now);
            db.Visits.Add(visit);
            return visit;
        }

        void Seen(Visit visit, string name, bool privateInterview = false) =>
            visit.RecordPerson(new VisitPersonDraft(persons[name].Id, true, VisitNotSeenReason.None, null, privateInterview, null, null));

        var old = VisitAt(TestRegistry.CampRu, 200);
        Seen(old, "Seen200");
        var recent = VisitAt(TestRegistry.CampRu, 10);
        Seen(recent, "Seen10", privateInterview: true);
        Seen(recent, "Released");
        recent.RecordPerson(new VisitPersonDraft(persons["NotSeen"].Id, false, VisitNotSeenReason.NotFoundAtPlace, "not in the barracks", false, null, null));
        var ua = VisitAt(TestRegistry.CampUa, 30);
        Seen(ua, "Seen30");
        await db.SaveChangesAsync();

        await personService.RecordEventAsync(persons["Released"].Reference.Value, new StatusEventInput { Kind = "released", Date = today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, null, Actor.System);
        return new CoverageWorld(persons, now);
    }
}
