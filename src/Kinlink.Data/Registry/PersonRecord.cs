using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A person with everything their page shows: name forms, timeline in date order, and the places and parties named.</summary>
public sealed record PersonRecord(
    Person Person,
    IReadOnlyList<StatusEvent> Timeline,
    IReadOnlyDictionary<Kinlink.Domain.Common.PlaceId, PlaceOfDetention> Places,
    IReadOnlyDictionary<Kinlink.Domain.Common.PartyId, Party> Parties,
    IReadOnlyDictionary<Kinlink.Domain.Common.SourceListId, SourceList> Sources)
{
    public PlaceOfDetention? CurrentPlace => Person.CurrentPlaceId is { } id && Places.TryGetValue(id, out var place) ? place : null;

    public Party? DependsOn => Person.DependsOnPartyId is { } id && Parties.TryGetValue(id, out var party) ? party : null;

    public PlaceOfDetention? PlaceOf(Kinlink.Domain.Common.PlaceId? id) => id is { } value && Places.TryGetValue(value, out var place) ? place : null;
}
