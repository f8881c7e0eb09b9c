using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// One parcel in full: its lines, the reasons it was refused (each naming the rule and the line), the delivery and receipt,
/// and its trail. The sender's name and address are null unless the reader may see them.
/// </summary>
public sealed record ParcelView(
    ParcelSummary Summary,
    MailIntake Intake,
    string? SenderName,
    string? SenderAddress,
    IReadOnlyList<ParcelLine> Lines,
    IReadOnlyList<ParcelRuleViolationView> RefusalReasons,
    DeliveryChannel? DeliveryChannel,
    string? VisitReference,
    ParcelReceiptSigner? ReceiptSigner,
    string ReceiptSignerName,
    UndeliverableReason? UndeliverableReason,
    string OutcomeNote,
    DateTimeOffset? ClosedAt,
    string ClosedBy,
    IReadOnlyList<MailTrailStep> Trail);
