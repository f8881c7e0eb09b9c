using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Visits;

/// <summary>A person overdue for a visit: never seen by a delegate (<see cref="LastSeenOn"/> null), or not for too long.</summary>
public sealed record OverduePerson(
    PersonId PersonId,
    string Reference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string? DateOfBirth,
    PersonCategory Category,
    PersonStatus Status,
    string PlaceCode,
    string PartyCode,
    DateOnly? LastSeenOn,
    int? DaysSinceLastSeen)
{
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));
}
