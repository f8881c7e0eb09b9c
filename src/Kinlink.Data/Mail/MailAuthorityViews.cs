using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// A message or parcel as the detaining authority sees it: what it is, whom it is for, where and how far it is. Never the
/// family's enquiry, the family member's name or address, nor how it came to the intermediary.
/// </summary>
public sealed record MailAuthorityItem(
    string Reference,
    string ItemKind,
    MessageKind? MessageKind,
    string PersonReference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string PlaceCode,
    string PlaceName,
    MailStatus Status,
    DateTimeOffset ReceivedAt,
    int? WeightGrams,
    int Version)
{
    public bool IsMessage => ItemKind == MailCodes.MessageItem;

    /// <summary>A message the authority has not read yet.</summary>
    public bool AwaitsCheck => IsMessage && Status == MailStatus.Received;
}

/// <summary>One step of an item's trail, without who took it or the intermediary's note: the authority sees where the item went.</summary>
public sealed record MailAuthorityStep(MailEventKind Kind, DateTimeOffset At, MailStatus Status);

/// <summary>A parcel line as the authority reads it on the manifest and the parcel.</summary>
public sealed record MailAuthorityParcelLine(int Number, ParcelCategory Category, string Description, int Quantity, int WeightGrams);

/// <summary>
/// One item routed to the authority's place, opened as the censoring authority reads it (GC III art. 76): a message's
/// language and text, a parcel's lines; the check, the outcome and the trail.
/// </summary>
public sealed record MailAuthorityItemDetail(
    MailAuthorityItem Item,
    string? Language,
    string? Text,
    MessageCheckOutcome? CheckOutcome,
    string CheckNote,
    DateTimeOffset? CheckedAt,
    IReadOnlyList<MailAuthorityParcelLine> Lines,
    int? TotalWeightGrams,
    string? BatchReference,
    DeliveryChannel? DeliveryChannel,
    UndeliverableReason? UndeliverableReason,
    DateTimeOffset? ClosedAt,
    ParcelReceiptSigner? ReceiptSigner,
    string ReceiptSignerName,
    IReadOnlyList<MailAuthorityStep> Steps);

/// <summary>A dispatch batch on its way to (or at) one of the authority's places.</summary>
public sealed record MailAuthorityBatch(string Reference, string PlaceCode, string PlaceName, MailBatchStatus Status, DateTimeOffset? DispatchedAt, int ItemCount);

/// <summary>A batch's manifest: the items in it, nothing of why they were sent.</summary>
public sealed record MailAuthorityManifest(MailAuthorityBatch Batch, IReadOnlyList<MailAuthorityItem> Items);

/// <summary>The authority's list filters: a place code, a status (awaiting-check, cleared, in-transit), paging.</summary>
public sealed record MailAuthorityQuery(string? Place = null, string? Status = null, int? Page = null, int? PageSize = null);

/// <summary>The authority's check of a message: outcome passed, passed-with-parts-struck-out or withheld; a note for the last two.</summary>
public sealed record MailCheckInput
{
    public string? Outcome { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}

/// <summary>The authority confirms delivery; a parcel names who signed the receipt (prisoner or prisoners-representative) and their name.</summary>
public sealed record MailDeliveryInput
{
    public string? Note { get; init; }
    public string? ReceiptSigner { get; init; }
    public string? ReceiptSignerName { get; init; }
    public int? Version { get; init; }
}

/// <summary>Why the authority could not deliver: transferred, released, died, unknown or refused-by-addressee.</summary>
public sealed record MailUndeliverableInput
{
    public string? Reason { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
