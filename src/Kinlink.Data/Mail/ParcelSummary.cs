using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>A parcel as a list shows it: no sender, no contents.</summary>
public sealed record ParcelSummary(
    string Reference,
    MailStatus Status,
    MailPerson Person,
    string? EnquiryReference,
    string? PlaceCode,
    string? PartyCode,
    string? BatchReference,
    int TotalWeightGrams,
    int LineCount,
    DateTimeOffset ReceivedAt,
    bool NeedsRerouting,
    bool StoppedForSender,
    int Version);
