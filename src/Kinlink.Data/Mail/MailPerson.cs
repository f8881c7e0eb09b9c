using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Mail;

/// <summary>
/// The person a mail item is for, as lists and manifests show them: the names as written and their Latin reading, the
/// service number, and the place they are held now (null when not held anywhere known).
/// </summary>
public sealed record MailPerson(PersonId Id, string Reference, string Name, string NameLatin, string ServiceNumber, PlaceId? HeldAtPlaceId, PersonStatus Status);
