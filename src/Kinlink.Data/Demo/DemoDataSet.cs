using Kinlink.Domain.Registry;
using Kinlink.Matching;

namespace Kinlink.Data.Demo;

/// <summary>
/// The whole synthetic data set, built in memory before anything is written: two conflict parties and the
/// intermediary, about twenty places held by each party, the source lists, and 5,000 persons held by each side.
/// The same seed and the same day give the same data set (entity ids aside, which are time-ordered Guids).
/// </summary>
internal sealed record DemoDataSet(
    IReadOnlyList<Party> Parties,
    IReadOnlyList<PlaceOfDetention> Places,
    IReadOnlyList<SourceList> Sources,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Person> DelegateRegistrations)
{
    /// <summary>How many prisoners a delegate registered a second time, unmatched: the demo's duplicate pairs.</summary>
    public const int RegisteredTwice = 8;

    public const int PersonsPerSide = 5_000;

    public static DemoDataSet Build(Random random, DateTimeOffset now)
    {
        var russia = Party.Create("RU", "Russian Federation", PartyKind.ConflictParty);
        var ukraine = Party.Create("UA", "Ukraine", PartyKind.ConflictParty);
        var intermediary = Party.Create("KL", "Kinlink neutral intermediary", PartyKind.Intermediary);

        var heldByRussia = DemoPlaces.HeldByRussia.Select(p => Place(p, russia, CyrillicLanguage.Russian)).ToList();
        var heldByUkraine = DemoPlaces.HeldByUkraine.Select(p => Place(p, ukraine, CyrillicLanguage.Ukrainian)).ToList();

        var sources = new DemoSources(intermediary, random, now);
        var factory = new DemoPersonFactory(random, now, sources);
        DemoSide[] sides =
        [
            Side(russia, ukraine, listsInUkrainian: false, heldByRussia, DemoForeigners.WithUkraine, civilianShare: 0.08, femaleSoldierShare: 0.03),
            Side(ukraine, russia, listsInUkrainian: true, heldByUkraine, DemoForeigners.WithRussia, civilianShare: 0.02, femaleSoldierShare: 0.01),
        ];

        // Alternating sides keeps each side's share of every list period even.
        var persons = new List<Person>(PersonsPerSide * sides.Length);
        for (var i = 0; i < PersonsPerSide * sides.Length; i++)
        {
            persons.Add(factory.Create(sides[i % sides.Length]));
        }

        // Drawn after everyone else, so the rest of the data set is the same as without them.
        var places = heldByRussia.Concat(heldByUkraine).ToDictionary(p => p.Id);
        var registeredTwice = persons
            .Where((_, i) => i % 613 == 17)
            .Select(p => p.CurrentPlaceId is { } place ? factory.DelegateRegistration(p, places[place]) : null)
            .OfType<Person>().Take(RegisteredTwice).ToList();
        persons.AddRange(registeredTwice);

        sources.RecordOutcomes();
        return new DemoDataSet([russia, ukraine, intermediary], [.. heldByRussia, .. heldByUkraine], sources.All, persons, registeredTwice);
    }

    private static DemoSide Side(Party holder, Party nationals, bool listsInUkrainian, List<PlaceOfDetention> places, IReadOnlyList<ForeignOrigin> foreigners, double civilianShare, double femaleSoldierShare) =>
        new(
            holder,
            nationals,
            listsInUkrainian,
            places.Where(p => p.Kind == PlaceKind.TransitPoint).ToList(),
            places.Where(p => p.Kind is PlaceKind.Camp or PlaceKind.PenalColony or PlaceKind.PreTrialCentre).ToList(),
            places.Where(p => p.Kind == PlaceKind.Hospital).ToList(),
            foreigners,
            civilianShare,
            femaleSoldierShare);

    internal static PlaceOfDetention Place(DemoPlace place, Party holder, CyrillicLanguage language) =>
        PlaceOfDetention.Create(
            new PlaceDetails(
                place.Code,
                place.Name,
                // "№" has no Latin letter; "No." is how Latin documents write it.
                Transliterator.ToLatin(place.Name, language).Replace("№", "No.", StringComparison.Ordinal),
                place.Kind,
                place.Region,
                place.Address,
                place.Latitude,
                place.Longitude,
                place.Capacity,
                place.IsOpen),
            holder.Id);
}
