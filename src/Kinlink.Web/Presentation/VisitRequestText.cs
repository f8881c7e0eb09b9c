using Kinlink.Data.Visits;
using Kinlink.Domain.Visits;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The visit request enumerations in the reader's language: resource keys are the codes of <see cref="VisitRequestCodes"/>.</summary>
public static class VisitRequestText
{
    public static string VisitRequestStatus(this IStringLocalizer localizer, VisitRequestStatus status) => Text(localizer, "VisitRequestStatus." + VisitRequestCodes.Of(status));

    public static string VisitPriority(this IStringLocalizer localizer, VisitPriority priority) => Text(localizer, "VisitPriority." + VisitRequestCodes.Of(priority));

    public static string VisitPersonReason(this IStringLocalizer localizer, VisitPersonReason reason) => Text(localizer, "VisitPersonReason." + VisitRequestCodes.Of(reason));

    public static string VisitPersonAnswer(this IStringLocalizer localizer, VisitPersonAnswer answer) => Text(localizer, "VisitPersonAnswer." + VisitRequestCodes.Of(answer));

    public static string VisitRequestEvent(this IStringLocalizer localizer, VisitRequestEventKind kind) => Text(localizer, "VisitRequestEvent." + VisitRequestCodes.Of(kind));

    public static IReadOnlyList<Choice> Choices<T>(this IStringLocalizer localizer, IEnumerable<T> values, Func<IStringLocalizer, T, string> text, Func<T, string> code)
        where T : struct, Enum =>
        values.Select(v => new Choice(code(v), text(localizer, v))).ToList();

    private static string Text(IStringLocalizer localizer, string key) => localizer[key];
}
