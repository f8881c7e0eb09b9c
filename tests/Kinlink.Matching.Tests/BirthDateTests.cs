using Kinlink.Matching.Dates;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

public class BirthDateTests
{
    [Theory]
    [InlineData("1994-03-12", DatePrecision.Day)]
    [InlineData("1994-03", DatePrecision.Month)]
    [InlineData("1994", DatePrecision.Year)]
    public void Full_and_partial_dates_are_read_with_their_precision(string text, DatePrecision precision)
    {
        var date = BirthDate.Parse(text);
        Assert.Equal(precision, date!.Value.Precision);
        Assert.Equal(text, date.Value.ToString());
    }

    [Theory]
    [InlineData("12.03.1994")]
    [InlineData("1994-13-01")]
    [InlineData("1994-02-32")]
    [InlineData("94")]
    [InlineData("1994-3-1")]
    public void Other_forms_are_refused_with_the_forms_that_are_accepted(string text)
    {
        var error = Assert.Throws<FormatException>(() => BirthDate.Parse(text));
        Assert.Contains("YYYY-MM-DD, YYYY-MM or YYYY", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1994-03-12", "1994-03-12", "exact", AgreementKind.Exact)]
    [InlineData("1994-03-12", "1994-12-03", "day-month-swapped", AgreementKind.Close)]
    [InlineData("1994-03-12", "1995-03-12", "year-off-by-one", AgreementKind.Close)]
    [InlineData("1994-03-12", "1994-03-13", "one-digit", AgreementKind.Close)]
    [InlineData("1994-03-12", "1949-03-12", "one-digit", AgreementKind.Close)]
    [InlineData("1994-03-12", "1994-07-25", "same-year", AgreementKind.Close)]
    [InlineData("1994", "1994-03-12", "same-year-only", AgreementKind.Equivalent)]
    [InlineData("1994-03", "1994-03-12", "same-month", AgreementKind.Equivalent)]
    [InlineData("1993", "1994-03-12", "near-year", AgreementKind.Close)]
    [InlineData("1994-03-12", "1980-01-01", "different", AgreementKind.Different)]
    [InlineData("", "1980-01-01", "missing", AgreementKind.Missing)]
    public void Date_slips_and_partial_dates_get_their_level(string query, string record, string level, AgreementKind kind)
    {
        var comparison = FieldComparer.DateOfBirth(BirthDate.Parse(query), BirthDate.Parse(record));
        Assert.Equal(level, comparison.Level);
        Assert.Equal(kind, comparison.Kind);
    }
}
