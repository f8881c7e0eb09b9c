using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>Texts of the families' public pages that are built from a value.</summary>
public static class PublicText
{
    /// <summary>"Please try again in about 40 minutes" (or hours, for a long wait), from a Retry-After.</summary>
    public static string TryAgainIn(this IStringLocalizer localizer, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return minutes <= 90
            ? localizer["Public.TryAgainMinutes", minutes.ToString(CultureInfo.CurrentCulture)]
            : localizer["Public.TryAgainHours", ((int)Math.Ceiling(minutes / 60.0)).ToString(CultureInfo.CurrentCulture)];
    }
}
