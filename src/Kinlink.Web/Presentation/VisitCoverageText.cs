using System.Globalization;

namespace Kinlink.Web.Presentation;

/// <summary>Figures of the coverage pages, the visit sheet and a person's visit history.</summary>
public static class VisitCoverageText
{
    /// <summary>A share from 0 to 1 as a whole percentage in the reader's culture ("42 %", "42%").</summary>
    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>Days to a tenth, as answer times are computed.</summary>
    public static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);
}
