using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The enumerations of parcels, batches and routing in the reader's language: resource keys are the codes of <see cref="MailCodes"/>.</summary>
public static class ParcelText
{
    public static string ParcelStatus(this IStringLocalizer localizer, MailStatus status) => localizer["Parcels.Status." + MailCodes.Of(status)];

    public static string ParcelCategory(this IStringLocalizer localizer, ParcelCategory category) => localizer["Parcels.Category." + MailCodes.Of(category)];

    public static string ParcelChannel(this IStringLocalizer localizer, DeliveryChannel channel) => localizer["Parcels.Channel." + MailCodes.Of(channel)];

    public static string ParcelSigner(this IStringLocalizer localizer, ParcelReceiptSigner signer) => localizer["Parcels.Signer." + MailCodes.Of(signer)];

    public static string ParcelUndeliverable(this IStringLocalizer localizer, UndeliverableReason reason) => localizer["Parcels.Reason." + MailCodes.Of(reason)];

    public static string BatchStatus(this IStringLocalizer localizer, MailBatchStatus status) => localizer["MailBatches.Status." + MailCodes.Of(status)];

    /// <summary>A manifest's or worklist's kind of item: "parcel" or a message kind's code.</summary>
    public static string MailKind(this IStringLocalizer localizer, string kind) => localizer["MailBatches.Kind." + kind];

    public static IReadOnlyList<Choice> ParcelStatuses(this IStringLocalizer localizer) =>
        Enum.GetValues<MailStatus>().Where(s => s is not MailStatus.Withheld).Select(s => new Choice(MailCodes.Of(s), localizer.ParcelStatus(s))).ToList();

    public static IReadOnlyList<Choice> ParcelCategories(this IStringLocalizer localizer) =>
        Enum.GetValues<ParcelCategory>().Select(c => new Choice(MailCodes.Of(c), localizer.ParcelCategory(c))).ToList();

    public static IReadOnlyList<Choice> ParcelChannels(this IStringLocalizer localizer) =>
        new[] { DeliveryChannel.DelegateOnVisit, DeliveryChannel.AuthorityConfirmed }.Select(c => new Choice(MailCodes.Of(c), localizer.ParcelChannel(c))).ToList();

    public static IReadOnlyList<Choice> ParcelSigners(this IStringLocalizer localizer) =>
        Enum.GetValues<ParcelReceiptSigner>().Select(s => new Choice(MailCodes.Of(s), localizer.ParcelSigner(s))).ToList();

    public static IReadOnlyList<Choice> ParcelUndeliverableReasons(this IStringLocalizer localizer) =>
        Enum.GetValues<UndeliverableReason>().Select(r => new Choice(MailCodes.Of(r), localizer.ParcelUndeliverable(r))).ToList();
}
