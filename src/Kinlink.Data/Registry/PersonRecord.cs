using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>
/// A person with everything their page shows to the account that asked. <see cref="Notification"/> is always there;
/// the rest (the whole <see cref="Person"/> with its name forms and sources, the full timeline with notes and who
/// recorded what, and whatever later features keep) only when <see cref="Access"/> is <see cref="PersonAccess.Full"/>,
/// so a page, an API answer or an export made from a notification-only record cannot show more by accident.
/// </summary>
public sealed record PersonRecord
{
    internal PersonRecord(
        PersonReach reach,
        Person person,
        IReadOnlyList<StatusEvent> timeline,
        IReadOnlyDictionary<PlaceId, PlaceOfDetention> places,
        IReadOnlyDictionary<PartyId, Party> parties,
        IReadOnlyDictionary<SourceListId, SourceList> sources,
        string? mergedIntoReference = null)
    {
        MergedIntoReference = mergedIntoReference;
        Access = reach.Access;
        CanChange = reach.CanChange;
        Notification = PersonNotification.Of(person, timeline);
        Places = places;
        Parties = parties;
        if (reach.Access == PersonAccess.Full)
        {
            Person = person;
            Timeline = timeline;
            Sources = sources;
        }
    }

    public PersonAccess Access { get; }

    /// <summary>For a record merged into another: the survivor's reference, where the person's record now is.</summary>
    public string? MergedIntoReference { get; }

    /// <summary>Whether the account's party may edit the person and record events (its role permitting).</summary>
    public bool CanChange { get; }

    public PersonNotification Notification { get; }

    /// <summary>The whole record; null when the account sees only the notification data.</summary>
    public Person? Person { get; }

    /// <summary>The full timeline in date order, with sources and notes; empty when the account sees only the notification data.</summary>
    public IReadOnlyList<StatusEvent> Timeline { get; } = [];

    public IReadOnlyDictionary<PlaceId, PlaceOfDetention> Places { get; }

    public IReadOnlyDictionary<PartyId, Party> Parties { get; }

    /// <summary>The lists the name forms and events came from; empty when the account sees only the notification data.</summary>
    public IReadOnlyDictionary<SourceListId, SourceList> Sources { get; } = new Dictionary<SourceListId, SourceList>();

    public PlaceOfDetention? CurrentPlace => PlaceOf(Notification.CurrentPlaceId);

    public Party? DependsOn => Notification.DependsOnPartyId is { } id && Parties.TryGetValue(id, out var party) ? party : null;

    public PlaceOfDetention? PlaceOf(PlaceId? id) => id is { } value && Places.TryGetValue(value, out var place) ? place : null;
}
