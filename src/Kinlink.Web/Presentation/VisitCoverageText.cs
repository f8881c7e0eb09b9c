using System.Globalization;
using Kinlink.Domain.Visits;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>Figures and words of the coverage pages, the visit sheet and a person's visit history.</summary>
public static class VisitCoverageText
{
    /// <summary>A share from 0 to 1 as a whole percentage in the reader's culture ("42 %", "42%").</summary>
    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>Days to a tenth, as answer times are computed.</summary>
    public static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);

    public static string NotSeenReason(this IStringLocalizer localizer, VisitNotSeenReason reason) => Text(localizer, "VisitHistory.NotSeen." + reason);

    public static string RequestStatus(this IStringLocalizer localizer, VisitRequestStatus status) => Text(localizer, "VisitHistory.RequestStatus." + status);

    public static string PersonAnswer(this IStringLocalizer localizer, VisitPersonAnswer answer) => Text(localizer, "VisitHistory.Answer." + answer);

    private static string Text(IStringLocalizer localizer, string key)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[key];
    }
}
