using Kinlink.Domain.Registry;
using Kinlink.Matching.Engine;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// What every block of a scale seed shares: the two conflict parties and the intermediary, and the places each
/// party holds prisoners in. Persons alternate at random between the two sides: a Ukrainian held by Russia or a
/// Russian held by Ukraine, registered from the holding party's notification list.
/// </summary>
internal sealed class ScaleWorld
{
    private readonly int _seed;
    private readonly DateTimeOffset _asOf;
    private readonly SeedIds _ids;
    private readonly Party[] _parties;

    private ScaleWorld(int seed, DateTimeOffset asOf, Party[] parties, ScalePlaces heldByRussia, ScalePlaces heldByUkraine)
    {
        _seed = seed;
        _asOf = asOf;
        _parties = parties;
        HeldByRussia = heldByRussia;
        HeldByUkraine = heldByUkraine;
        _ids = new SeedIds(null, seed, 0);
        foreach (var party in parties)
        {
            _ids.Register(party.Id.Value);
        }

        foreach (var place in heldByRussia.All.Concat(heldByUkraine.All))
        {
            _ids.Register(place.Id.Value);
        }
    }

    public ScalePlaces HeldByRussia { get; }

    public ScalePlaces HeldByUkraine { get; }

    public static ScaleWorld Create(int persons, int seed, DateTimeOffset asOf)
    {
        var russia = Party.Create("RU", "Russian Federation", PartyKind.ConflictParty);
        var ukraine = Party.Create("UA", "Ukraine", PartyKind.ConflictParty);
        var intermediary = Party.Create("KL", "Kinlink neutral intermediary", PartyKind.Intermediary);
        return new ScaleWorld(seed, asOf, [russia, ukraine, intermediary], ScalePlaces.For(russia, persons, russian: true), ScalePlaces.For(ukraine, persons, russian: false));
    }

    public void AddRows(SeedChunk chunk, ScaleTables tables)
    {
        foreach (var party in _parties)
        {
            chunk.Add(tables.Parties, tables.Parties.RowOf(party, _ids));
        }

        foreach (var place in HeldByRussia.All.Concat(HeldByUkraine.All))
        {
            chunk.Add(tables.Places, tables.Places.RowOf(place, _ids));
        }
    }

    /// <summary>The rows of one block of persons; its own random, so blocks can be built on any thread in any order.</summary>
    public SeedChunk Block(MatchRecord[] records, IntermediaryReference[] references, int block, int firstNumber, ScaleTables tables)
    {
        var random = new Random(unchecked((_seed * 397) ^ block));
        var ids = new SeedIds(_ids, _seed, block);
        var chunk = new SeedChunk(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var heldBy = random.Next(2) == 0 ? HeldByRussia : HeldByUkraine;
            var dependsOn = ReferenceEquals(heldBy, HeldByRussia) ? HeldByUkraine.Holder : HeldByRussia.Holder;
            var details = ScaleSeeder.DetailsOf(records[i], dependsOn.Id);
            var person = Person.Register(details, references[i], PersonInputReader.ScriptOf(details.Name), null, ScaleSeeder.SourceLabel, _asOf, heldBy.Holder.Id);
            ScaleTimeline.Record(person, heldBy, random, _asOf);
            ScaleSeeder.AddPersonRows(chunk, tables, ids, person, firstNumber + i);
        }

        return chunk;
    }
}
