using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>One person of a pair with everything the side-by-side comparison shows: names in every form, dates, places, sources.</summary>
public sealed record DuplicateSide(
    Person Person,
    IReadOnlyList<StatusEvent> Timeline,
    IReadOnlyDictionary<PlaceId, PlaceOfDetention> Places,
    IReadOnlyDictionary<SourceListId, SourceList> Sources,
    string? DependsOnPartyCode,
    string? MergedIntoReference)
{
    public PlaceOfDetention? PlaceOf(PlaceId? id) => id is { } value && Places.TryGetValue(value, out var place) ? place : null;

    public string SourceOf(SourceListId? sourceListId, string label) =>
        sourceListId is { } id && Sources.TryGetValue(id, out var list) ? list.Label : label;

    /// <summary>The distinct sources of the person's name forms and events, in words.</summary>
    public IReadOnlyList<string> SourceLabels =>
        Person.NameForms.Select(f => SourceOf(f.SourceListId, f.SourceLabel))
            .Concat(Person.Events.Select(e => SourceOf(e.SourceListId, e.SourceLabel)))
            .Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
