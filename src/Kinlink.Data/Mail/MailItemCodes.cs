using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>The text codes of the mail enumerations in the API, forms and manifests, kebab-case like the registry's.</summary>
public static class MailItemCodes
{
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

    public static string Of(ParcelCategory category) => category switch
    {
        ParcelCategory.Food => "food",
        ParcelCategory.Clothing => "clothing",
        ParcelCategory.Hygiene => "hygiene",
        ParcelCategory.Medicine => "medicine",
        ParcelCategory.Books => "books",
        ParcelCategory.Other => "other",
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

    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.RedCrossMessage => "red-cross-message",
        MessageKind.Letter => "letter",
        MessageKind.Card => "card",
        MessageKind.CaptureCard => "capture-card",
    };

    public static string Of(MailIntake intake) => intake switch
    {
        MailIntake.Caseworker => "caseworker",
        MailIntake.FamilyOnline => "family-online",
        MailIntake.Delegate => "delegate",
        MailIntake.Authority => "authority",
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
    };

    /// <summary>The manifest's and worklist's word for a parcel, beside the message kinds.</summary>
    public const string ParcelKind = "parcel";

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => RegistryCodes.List(code);

    /// <summary>Reads a code (any case), or names the field and the codes it takes.</summary>
    public static T Parse<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum =>
        RegistryCodes.TryParseCode(text, code, out T value)
            ? value
            : throw new ValidationFailedException(field, $"'{text}' is not {what}: use {List(code)}.");
}
