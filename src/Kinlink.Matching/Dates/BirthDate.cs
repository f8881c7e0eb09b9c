using System.Globalization;

namespace Kinlink.Matching.Dates;

/// <summary>
/// A date of birth as precise as the source gave it: a year, a year and month, or a full date.
/// Month and day are range-checked but not checked against the calendar, because a slip such as
/// 31.02 still carries a year and a month worth comparing.
/// </summary>
public readonly record struct BirthDate(int Year, int? Month, int? Day)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Reads YYYY-MM-DD, YYYY-MM or YYYY; null for an empty value.</summary>
    /// <exception cref="FormatException">The value is none of those forms.</exception>
    public static BirthDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TryParse(text, out var date))
        {
            throw new FormatException($"\"{text.Trim()}\" is not a date of birth: write YYYY-MM-DD, YYYY-MM or YYYY.");
        }

        return date;
    }

    public static bool TryParse(string? text, out BirthDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], 1800, 2200, out var year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !TryNumber(parts[1], 1, 12, out var m))
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !TryNumber(parts[2], 1, 31, out var d))
            {
                return false;
            }

            day = d;
        }

        date = new BirthDate(year, month, day);
        return true;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool TryNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
