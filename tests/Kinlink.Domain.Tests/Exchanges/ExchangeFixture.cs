using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Domain.Tests.Exchanges;

/// <summary>The two parties, the clock and the verified entries the exchange tests build on.</summary>
internal static class ExchangeFixture
{
    public static readonly Actor Caseworker = new("caseworker@test.example", null);
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Handover = new(2026, 11, 26);
    public static readonly PartyId Ru = new(Guid.CreateVersion7());
    public static readonly PartyId Ua = new(Guid.CreateVersion7());
    public static readonly IReadOnlySet<PersonId> NoProceedings = new HashSet<PersonId>();

    public static ExchangeListing Listing(string surname) => new(surname, "Іван", null, PartialDate.Create(1990, 1, 1), null, null);

    /// <summary>An entry tied to a registry person, identity confirmed and interviewed in private with <paramref name="wish"/>.</summary>
    public static ExchangeEntry Verified(ExchangeOperation exchange, PartyId side, string surname = "Особа", RepatriationWish wish = RepatriationWish.Yes)
    {
        var entry = exchange.AddEntry(side, ExchangeEntrySource.Registry, Listing(surname), null, null, new PersonId(Guid.CreateVersion7()), Caseworker, Now);
        entry.ConfirmIdentity(exchange, Caseworker, Now);
        entry.RecordInterview(exchange, wish, heldInPrivate: true, "sealed", Caseworker, Now);
        return entry;
    }
}
