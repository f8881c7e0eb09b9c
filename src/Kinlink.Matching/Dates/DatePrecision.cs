namespace Kinlink.Matching.Dates;

/// <summary>How much of a date the source gave.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
