using System.Globalization;

namespace Kinlink.Domain.Common;

public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Month = 2,
    Day = 3,
}

/// <summary>
/// A date known to the day, the month or only the year, as lists and families give them
/// ("1994", "1994-03", "1994-03-12"). Stored in that ISO text form, which also sorts correctly.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can stand for: used to order events.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can stand for.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    public static PartialDate Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1850 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1850 and 2200.");
        }

        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "That day does not exist in that month.");
        }

        return new PartialDate(year, month, day);
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; an empty text is no date.</summary>
    public static bool TryParse(string? text, out PartialDate? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts[0].Length != 4
            || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text.Trim()}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.";
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            date = Create(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentException ex)
        {
            error = $"'{text.Trim()}' is not a valid date: {FirstSentence(ex.Message)}";
            return false;
        }
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) && date is not null
            ? date
            : throw new FormatException(error ?? "A date is required.");

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year or DatePrecision.Unknown => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Earliest.CompareTo(other.Earliest);
        // "1994" sorts before "1994-01-01": the vaguer date is placed first.
        return byStart != 0 ? byStart : ((int)Precision).CompareTo((int)other.Precision);
    }

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
