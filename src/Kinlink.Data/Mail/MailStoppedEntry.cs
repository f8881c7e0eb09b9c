using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>An item stopped because its addressee died or was released, whose sender has not been told yet.</summary>
public sealed record MailStoppedEntry(
    string ItemReference,
    string Kind,
    MailPerson Person,
    string? EnquiryReference,
    UndeliverableReason? Reason,
    DateTimeOffset? StoppedAt,
    bool StoppedForSender);
