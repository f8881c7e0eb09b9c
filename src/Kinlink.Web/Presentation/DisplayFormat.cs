using System.Globalization;

namespace Kinlink.Web.Presentation;

/// <summary>
/// Full dates, times and counts in the reader's culture. Partial dates (1994, 1994-03) are not
/// formatted here: they stay in their ISO-like text so no precision is invented.
/// </summary>
public static class DisplayFormat
{
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Times are shown in UTC, marked so, because field offices work across time zones.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>A moment to the second, in UTC and marked so: when figures were counted ("as of").</summary>
    public static string DateTimeToSecond(DateTimeOffset value) =>
        value.UtcDateTime.ToString("G", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>A date that may be missing, shown empty when it is.</summary>
    public static string OptionalDate(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A calendar month given as "YYYY-MM", short, in the reader's culture ("Nov 26", "лис 26").</summary>
    public static string Month(string yearMonth) =>
        System.DateTime.ParseExact(yearMonth, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMM yy", CultureInfo.CurrentCulture);
}
