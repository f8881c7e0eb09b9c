using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>A dispatch batch as a list shows it.</summary>
public sealed record MailBatchSummary(
    string Reference,
    MailBatchStatus Status,
    string PlaceCode,
    string PlaceName,
    string PartyCode,
    int ItemCount,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? DispatchedAt,
    string DispatchedBy,
    string Note,
    int Version);
