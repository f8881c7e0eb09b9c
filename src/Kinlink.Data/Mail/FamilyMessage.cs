using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// One message as the family sees it: a message from the person, with its text as the detaining authority passed it (and
/// whether parts were struck out), or one the family sent, with where it stands. Never a place, a batch or a name of staff.
/// </summary>
public sealed record FamilyMessage(
    string Reference, MessageDirection Direction, MessageKind Kind, DateTimeOffset ReceivedAt, FamilyMessageState State,
    UndeliverableReason? UndeliverableReason, string? Text, bool PartsStruckOut);
