using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>What the exchange forms read the same way: the number per side, as typed.</summary>
public static class ExchangeForms
{
    /// <summary>The number per side, or null when empty; a word instead of a number is added to <paramref name="errors"/>.</summary>
    public static int? CountPerSide(string? text, FormErrors errors, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        errors.Add("countPerSide", localizer["Exchanges.CountNotNumber", text.Trim()]);
        return null;
    }
}
