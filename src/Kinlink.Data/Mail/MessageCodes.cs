using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>The text codes of the messages' enumerations in the API and forms, kebab-case like the registry's.</summary>
public static class MessageCodes
{
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

    /// <summary>Reads a code, or names the field and the codes it takes.</summary>
    public static T Parse<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text)
            ? throw new ValidationFailedException(field, $"Give {what}: {VisitCodes.List(code)}.")
            : VisitCodes.Parse(text, code, field, what);

    /// <summary>Reads an optional code (a filter), or names the field and the codes it takes.</summary>
    public static T? ParseOptional<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : VisitCodes.Parse(text, code, field, what);
}
