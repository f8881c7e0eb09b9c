using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>One message in a list: no text and no family member, which need the text permission.</summary>
public sealed record MessageSummary(
    string Reference, MessageKind Kind, MessageDirection Direction, string PersonReference, string PersonName, string? EnquiryReference,
    string? PlaceCode, MailStatus Status, DateTimeOffset ReceivedAt, MailEventKind LastStep, DateTimeOffset LastStepAt);
