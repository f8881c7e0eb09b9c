using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// A message as its page and the API show it to the mail staff: where it is, its trail, the check, how it ended, the message
/// it answers and the replies to it, and what scan is stored. The text and the family member are read apart (<see cref="MessageText"/>).
/// </summary>
public sealed record MessageRecord(
    Message Message,
    string PersonReference,
    string PersonName,
    string? EnquiryReference,
    string? PlaceCode,
    string? PlaceName,
    string? DetainingPartyCode,
    string? BatchReference,
    string? DeliveredOnVisitReference,
    string? InReplyToReference,
    IReadOnlyList<string> ReplyReferences,
    MessageScanInfo? Scan,
    IReadOnlyList<MessageStep> Steps);
