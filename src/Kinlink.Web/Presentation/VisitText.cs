using Kinlink.Data.Visits;
using Kinlink.Domain.Visits;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The visits' enumerations in the reader's language: resource keys are the codes of <see cref="VisitCodes"/>.</summary>
public static class VisitText
{
    public static string NotSeenReason(this IStringLocalizer localizer, VisitNotSeenReason reason) =>
        reason == VisitNotSeenReason.None ? "" : localizer["VisitNotSeen." + VisitCodes.Of(reason)];

    public static string FollowUpKind(this IStringLocalizer localizer, VisitFollowUpKind kind) => localizer["VisitFollowUpKind." + VisitCodes.Of(kind)];

    public static string FollowUpState(this IStringLocalizer localizer, VisitFollowUpState state) => localizer["VisitFollowUpState." + VisitCodes.Of(state)];

    public static IReadOnlyList<Choice> NotSeenReasons(this IStringLocalizer localizer) =>
        Enum.GetValues<VisitNotSeenReason>().Where(r => r != VisitNotSeenReason.None).Select(r => new Choice(VisitCodes.Of(r), localizer.NotSeenReason(r))).ToList();
}
