using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>
/// The notification data of a person: what GC III art. 122-123 require the detaining party's notifications, passed on
/// by the intermediary, to tell the power the person depends on. Every account that may see a person sees this much;
/// docs/decisions/0008-notification-data.md says why each field is in it and what is left out.
/// </summary>
public sealed record PersonNotification(
    PersonId Id,
    string Reference,
    PersonCategory Category,
    string Surname,
    string GivenName,
    string Patronymic,
    Sex Sex,
    PartialDate? DateOfBirth,
    string PlaceOfBirth,
    string Rank,
    string? ServiceNumber,
    PartyId? DependsOnPartyId,
    string FatherName,
    string MotherMaidenName,
    string InformName,
    string InformAddress,
    string CorrespondenceAddress,
    PersonStatus Status,
    PlaceId? CurrentPlaceId,
    PartialDate? StatusSince,
    bool SeriouslyIllOrWounded,
    PartialDate? LastHealthNews,
    IReadOnlyList<NotifiedEvent> Events)
{
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));

    public static PersonNotification Of(Person person, IReadOnlyList<StatusEvent> orderedEvents)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(orderedEvents);
        return new PersonNotification(
            person.Id, person.Reference.Value, person.Category, person.Surname, person.GivenName, person.Patronymic, person.Sex,
            person.DateOfBirth, person.PlaceOfBirth, person.Rank, person.ServiceNumber, person.DependsOnPartyId,
            person.FatherName, person.MotherMaidenName, person.InformName, person.InformAddress, person.CorrespondenceAddress,
            person.CurrentStatus, person.CurrentPlaceId, person.StatusSince, person.SeriouslyIllOrWounded, person.LastHealthNews,
            orderedEvents.Select(e => new NotifiedEvent(e.Id, e.Kind, e.Date, e.PlaceId, e.FromPlaceId, e.Condition, e.SeriouslyIllOrWounded)).ToList());
    }
}
