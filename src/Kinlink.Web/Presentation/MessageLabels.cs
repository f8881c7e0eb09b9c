using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The messages' enumerations in the reader's language: resource keys are the codes of <see cref="MailCodes"/>.</summary>
public static class MessageLabels
{
    public static string Kind(this IStringLocalizer localizer, MessageKind kind) => localizer["MessageKind." + MailCodes.Of(kind)];

    public static string Direction(this IStringLocalizer localizer, MessageDirection direction) => localizer["MessageDirection." + MailCodes.Of(direction)];

    public static string Intake(this IStringLocalizer localizer, MailIntake intake) => localizer["MessageIntake." + MailCodes.Of(intake)];

    public static string Status(this IStringLocalizer localizer, MailStatus status) => localizer["MessageStatus." + MailCodes.Of(status)];

    public static string Outcome(this IStringLocalizer localizer, MessageCheckOutcome outcome) => localizer["MessageOutcome." + MailCodes.Of(outcome)];

    public static string Channel(this IStringLocalizer localizer, DeliveryChannel channel) => localizer["MessageChannel." + MailCodes.Of(channel)];

    public static string Reason(this IStringLocalizer localizer, UndeliverableReason reason) => localizer["MessageReason." + MailCodes.Of(reason)];

    public static string Step(this IStringLocalizer localizer, MailEventKind kind) => localizer["MessageStep." + MailCodes.Of(kind)];

    public static IReadOnlyList<Choice> Choices<T>(IStringLocalizer localizer, Func<IStringLocalizer, T, string> label, Func<T, string> code, Func<T, bool>? where = null)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => where?.Invoke(v) ?? true).Select(v => new Choice(code(v), label(localizer, v))).ToList();
}
