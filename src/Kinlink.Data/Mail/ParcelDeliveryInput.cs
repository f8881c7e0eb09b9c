namespace Kinlink.Data.Mail;

/// <summary>
/// A parcel's delivery against its signed receipt (GC III art. 125): the channel (delegate-on-visit with the visit's
/// VIS- reference, or authority-confirmed), who signed (prisoner or prisoners-representative) and the name on the receipt.
/// </summary>
public sealed record ParcelDeliveryInput
{
    public string? Channel { get; init; }

    public string? Visit { get; init; }

    public string? ReceiptSigner { get; init; }

    public string? ReceiptSignerName { get; init; }

    public string? Note { get; init; }

    public int? Version { get; init; }
}
