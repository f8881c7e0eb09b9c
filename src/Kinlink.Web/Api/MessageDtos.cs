namespace Kinlink.Web.Api;

// The JSON shapes of messages: codes as in the forms, references instead of ids, never the text or the family member
// except in MessageTextDto (the text permission only).
public sealed record MessageSummaryDto(
    string Reference, string Kind, string Direction, string Person, string PersonName, string? Enquiry, string? Place, string Status,
    DateTimeOffset ReceivedAt, string LastStep, DateTimeOffset LastStepAt);

public sealed record MessageDto(
    string Reference, string Kind, string Direction, string Intake, string Person, string PersonName, string? Enquiry, string Status,
    string? Place, string? PlaceName, string? DetainingParty, string? Batch, DateTimeOffset ReceivedAt, string ReceivedBy,
    string? CheckOutcome, string CheckNote, DateTimeOffset? CheckedAt, string CheckedBy,
    string? DeliveryChannel, string? DeliveredOnVisit, string? UndeliverableReason, string OutcomeNote, DateTimeOffset? ClosedAt, string ClosedBy,
    bool StoppedForSender, string? InReplyTo, IReadOnlyList<string> Replies, MessageScanDto? Scan, IReadOnlyList<MessageStepDto> Trail, int Version);

public sealed record MessageStepDto(string Kind, DateTimeOffset At, string By, string Status, string? Place, string Note);

public sealed record MessageScanDto(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record MessageTextDto(string Reference, string Text, string CorrespondentName, string CorrespondentAddress, string CorrespondentRelation, string Language);
