using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tests.Common;

public class PartialDateTests
{
    [Theory]
    [InlineData("1994", DatePrecision.Year)]
    [InlineData("1994-03", DatePrecision.Month)]
    [InlineData("1994-03-12", DatePrecision.Day)]
    public void Reads_each_precision_and_writes_it_back_unchanged(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("12.03.1994")]
    [InlineData("1994-13")]
    [InlineData("1994-02-30")]
    [InlineData("94")]
    [InlineData("1994-3-1")]
    [InlineData("abcd")]
    [InlineData("1700")]
    public void Refuses_what_is_not_a_date_with_a_message_quoting_it(string text)
    {
        Assert.False(PartialDate.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_is_no_date_and_no_error()
    {
        Assert.True(PartialDate.TryParse("  ", out var date, out var error));
        Assert.Null(date);
        Assert.Null(error);
    }

    [Fact]
    public void Earliest_and_latest_span_the_period_the_date_stands_for()
    {
        Assert.Equal(new DateOnly(1994, 2, 1), PartialDate.Parse("1994-02").Earliest);
        Assert.Equal(new DateOnly(1996, 2, 29), PartialDate.Parse("1996-02").Latest);
        Assert.Equal(new DateOnly(1994, 12, 31), PartialDate.Parse("1994").Latest);
    }

    [Fact]
    public void Orders_by_start_then_vaguer_first()
    {
        var sorted = new[] { "1994-03-12", "1994", "1993-12", "1994-03" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["1993-12", "1994", "1994-03", "1994-03-12"], sorted);
    }
}
