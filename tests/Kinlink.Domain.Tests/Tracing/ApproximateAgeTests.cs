using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Tracing;

public class ApproximateAgeTests
{
    [Theory]
    [InlineData(24, "2024-03-12", "1999-03-13", "2000-03-12")]
    [InlineData(24, "2024-03", "1999-03-02", "2000-03-31")]
    [InlineData(30, "2024", "1993-01-02", "1994-12-31")]
    [InlineData(0, "2025-06-01", "2024-06-02", "2025-06-01")]
    public void The_birthdays_that_fit_an_age_at_a_partial_date(int years, string asOf, string earliest, string latest)
    {
        var age = ApproximateAge.Create(years, PartialDate.Parse(asOf));

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), age.EarliestBirth);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), age.LatestBirth);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void An_impossible_age_is_refused(int years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApproximateAge.Create(years, PartialDate.Parse("2024")));
    }
}
