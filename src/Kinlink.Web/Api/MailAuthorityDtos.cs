namespace Kinlink.Web.Api;

// The JSON shapes of the detaining authority's mail routes (/api/party/mail). Codes are kebab-case; times ISO 8601 with
// their offset. Nothing here names a family's enquiry, the family member or how the item reached the intermediary.
public sealed record PartyMailItemDto(
    string Reference, string Item, string? Kind, string Person, string Surname, string GivenName, string Patronymic, string NameLatin,
    string Place, string PlaceName, string Status, bool AwaitingCheck, DateTimeOffset ReceivedAt, int? WeightGrams, int Version);

public sealed record PartyMailStepDto(string Kind, DateTimeOffset At, string Status);

public sealed record PartyParcelLineDto(int Number, string Category, string Description, int Quantity, int WeightGrams);

public sealed record PartyMailItemDetailDto(
    PartyMailItemDto Item, string? Language, string? Text, string? CheckOutcome, string CheckNote, DateTimeOffset? CheckedAt,
    IReadOnlyList<PartyParcelLineDto> Lines, int? TotalWeightGrams, string? Batch, string? DeliveryChannel, string? UndeliverableReason,
    DateTimeOffset? ClosedAt, string? ReceiptSigner, string ReceiptSignerName, IReadOnlyList<PartyMailStepDto> Steps);

public sealed record PartyMailBatchDto(string Reference, string Place, string PlaceName, string Status, DateTimeOffset? DispatchedAt, int ItemCount);

public sealed record PartyMailManifestDto(PartyMailBatchDto Batch, IReadOnlyList<PartyMailItemDto> Items);
