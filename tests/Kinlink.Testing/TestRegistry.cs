using Kinlink.Data.Persistence;
using Kinlink.Domain.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Testing;

/// <summary>The smallest registry most tests need: the two parties and four places of detention.</summary>
public static class TestRegistry
{
    public const string CampRu = "RU-CAMP-01";
    public const string ColonyRu = "RU-IK-02";
    public const string HospitalRu = "RU-HOSP-01";
    public const string CampUa = "UA-CAMP-01";

    public static async Task SeedAsync(KinlinkDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ru = Party.Create("RU", "Russian Federation", PartyKind.ConflictParty);
        var ua = Party.Create("UA", "Ukraine", PartyKind.ConflictParty);
        db.Parties.AddRange(ru, ua, Party.Create("KL", "Kinlink neutral intermediary", PartyKind.Intermediary));
        db.Places.AddRange(
            PlaceOfDetention.Create(new PlaceDetails(CampRu, "Лагерь № 1", "Lager No. 1", PlaceKind.Camp, "Ростовская область", "Таганрог"), ru.Id),
            PlaceOfDetention.Create(new PlaceDetails(ColonyRu, "Исправительная колония № 2", "Ispravitelnaia koloniia No. 2", PlaceKind.PenalColony, "Курская область", null, Capacity: 800), ru.Id),
            PlaceOfDetention.Create(new PlaceDetails(HospitalRu, "Госпиталь № 5", "Gospital No. 5", PlaceKind.Hospital, "Ростовская область", null), ru.Id),
            PlaceOfDetention.Create(new PlaceDetails(CampUa, "Табір № 1", "Tabir No. 1", PlaceKind.Camp, "Львівська область", null), ua.Id));
        await db.SaveChangesAsync();
    }

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider.GetRequiredService<KinlinkDbContext>());
    }
}
