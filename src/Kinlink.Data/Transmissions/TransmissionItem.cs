using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Transmissions;

/// <summary>
/// One transmission as its recipient and the intermediary see it: the notification data of the person (art. 122:
/// reference, names, date of birth, service number) and the event with its place.
/// </summary>
public sealed record TransmissionItem(
    TransmissionId Id,
    string RecipientPartyCode,
    TransmissionSubject Subject,
    DateTimeOffset TransmittedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    PersonId PersonId,
    string Reference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string? DateOfBirth,
    string? ServiceNumber,
    StatusEventKind? EventKind,
    string? EventDate,
    string? PlaceCode,
    string? PlaceName,
    TimeSpan? Waiting)
{
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));

    public bool IsAcknowledged => AcknowledgedAt is not null;
}
