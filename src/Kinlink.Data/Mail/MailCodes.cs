using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// The text codes of the mail enumerations in the API, forms, manifests and figures, kebab-case like the registry's.
/// One table for messages, parcels, batches and the authority's side, so a code means the same everywhere.
/// </summary>
public static class MailCodes
{
    /// <summary>The word for a message beside a parcel where lists hold both.</summary>
    public const string MessageItem = "message";

    /// <summary>The word for a parcel beside the message kinds and beside messages.</summary>
    public const string ParcelItem = "parcel";

    /// <summary>A message the authority has still to read (its check is not recorded).</summary>
    public const string AwaitingCheck = "awaiting-check";

    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.RedCrossMessage => "red-cross-message",
        MessageKind.Letter => "letter",
        MessageKind.Card => "card",
        MessageKind.CaptureCard => "capture-card",
    };

    public static string Of(MessageDirection direction) => direction switch
    {
        MessageDirection.ToDetainee => "to-detainee",
        MessageDirection.FromDetainee => "from-detainee",
    };

    public static string Of(MailIntake intake) => intake switch
    {
        MailIntake.Caseworker => "caseworker",
        MailIntake.FamilyOnline => "family-online",
        MailIntake.Delegate => "delegate",
        MailIntake.Authority => "authority",
    };

    public static string Of(MailStatus status) => status switch
    {
        MailStatus.Received => "received",
        MailStatus.Cleared => "cleared",
        MailStatus.Withheld => "withheld",
        MailStatus.Refused => "refused",
        MailStatus.InTransit => "in-transit",
        MailStatus.Delivered => "delivered",
        MailStatus.Undeliverable => "undeliverable",
        MailStatus.Returned => "returned",
    };

    public static string Of(MessageCheckOutcome outcome) => outcome switch
    {
        MessageCheckOutcome.Passed => "passed",
        MessageCheckOutcome.PassedWithPartsStruckOut => "passed-with-parts-struck-out",
        MessageCheckOutcome.Withheld => "withheld",
    };

    public static string Of(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.DelegateOnVisit => "delegate-on-visit",
        DeliveryChannel.AuthorityConfirmed => "authority-confirmed",
        DeliveryChannel.ToFamily => "to-family",
        DeliveryChannel.FamilyOnline => "family-online",
    };

    public static string Of(UndeliverableReason reason) => reason switch
    {
        UndeliverableReason.Transferred => "transferred",
        UndeliverableReason.Released => "released",
        UndeliverableReason.Died => "died",
        UndeliverableReason.Unknown => "unknown",
        UndeliverableReason.RefusedByAddressee => "refused-by-addressee",
    };

    public static string Of(ParcelCategory category) => category switch
    {
        ParcelCategory.Food => "food",
        ParcelCategory.Clothing => "clothing",
        ParcelCategory.Hygiene => "hygiene",
        ParcelCategory.Medicine => "medicine",
        ParcelCategory.Books => "books",
        ParcelCategory.Other => "other",
    };

    public static string Of(ParcelReceiptSigner signer) => signer switch
    {
        ParcelReceiptSigner.Prisoner => "prisoner",
        ParcelReceiptSigner.PrisonersRepresentative => "prisoners-representative",
    };

    public static string Of(MailBatchStatus status) => status switch
    {
        MailBatchStatus.Open => "open",
        MailBatchStatus.Dispatched => "dispatched",
    };

    public static string Of(MailEventKind kind) => kind switch
    {
        MailEventKind.Received => "received",
        MailEventKind.Checked => "checked",
        MailEventKind.Withheld => "withheld",
        MailEventKind.Refused => "refused",
        MailEventKind.Dispatched => "dispatched",
        MailEventKind.Rerouted => "rerouted",
        MailEventKind.Delivered => "delivered",
        MailEventKind.Undeliverable => "undeliverable",
        MailEventKind.Stopped => "stopped",
        MailEventKind.Returned => "returned",
        MailEventKind.RemovedFromBatch => "removed-from-batch",
        MailEventKind.Corrected => "corrected",
        MailEventKind.Routed => "routed",
    };

    /// <summary>The status filters of the authority's list: the open statuses, a message awaiting the check named as such.</summary>
    public static IReadOnlyList<string> AuthorityStatusFilters { get; } = [AwaitingCheck, Of(MailStatus.Cleared), Of(MailStatus.InTransit)];

    public static IReadOnlyList<MessageCheckOutcome> CheckOutcomes { get; } =
        [MessageCheckOutcome.Passed, MessageCheckOutcome.PassedWithPartsStruckOut, MessageCheckOutcome.Withheld];

    public static IReadOnlyList<UndeliverableReason> UndeliverableReasons { get; } =
        [UndeliverableReason.Transferred, UndeliverableReason.Released, UndeliverableReason.Died, UndeliverableReason.Unknown, UndeliverableReason.RefusedByAddressee];

    public static IReadOnlyList<ParcelReceiptSigner> ReceiptSigners { get; } = [ParcelReceiptSigner.Prisoner, ParcelReceiptSigner.PrisonersRepresentative];

    public static bool TryParse<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum => RegistryCodes.TryParseCode(text, code, out value);

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => RegistryCodes.List(code);

    /// <summary>Reads a code (any case), or names the field and the codes it takes.</summary>
    public static T Parse<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum => RegistryCodes.ParseCode(text, code, field, what);
}
