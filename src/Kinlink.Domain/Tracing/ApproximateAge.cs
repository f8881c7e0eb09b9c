using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// "He was 24 in spring 2024": what a family knows when it does not know the date of birth. The age is as of a
/// stated date, so it does not drift as the case stays open (PFIF's <c>age</c> is likewise as of the record's date).
/// </summary>
public sealed record ApproximateAge
{
    public const int MaxYears = 120;

    private ApproximateAge(int years, PartialDate asOf)
    {
        Years = years;
        AsOf = asOf;
    }

    public int Years { get; }

    public PartialDate AsOf { get; }

    public static ApproximateAge Create(int years, PartialDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (years is < 0 or > MaxYears)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, $"An age is between 0 and {MaxYears} years.");
        }

        return new ApproximateAge(years, asOf);
    }

    /// <summary>The earliest birthday that fits: a day after the person would already have been one year older at the earliest reading of the date.</summary>
    public DateOnly EarliestBirth => AsOf.Earliest.AddYears(-(Years + 1)).AddDays(1);

    /// <summary>The latest birthday that fits: the person had just turned <see cref="Years"/> at the latest reading of the date.</summary>
    public DateOnly LatestBirth => AsOf.Latest.AddYears(-Years);
}
