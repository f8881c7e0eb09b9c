using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Data.Tracing;

/// <summary>An enquiry's sought person as the matching engine reads a record: names, date of birth, sex, place of birth.</summary>
public static class EnquiryMatchRecords
{
    public static MatchRecord Of(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var dateOfBirth = MatchKeyCalculator.BirthDateOf(enquiry.SoughtDateOfBirth) ?? BirthYearOf(enquiry.SoughtApproximateAge);
        return MatchKeyCalculator.RecordOf(
            new Domain.Common.PersonId(enquiry.Id.Value), (enquiry.SoughtSurname, enquiry.SoughtGivenName, enquiry.SoughtPatronymic),
            null, enquiry.SoughtSex, enquiry.SoughtPlaceOfBirth) with { DateOfBirth = dateOfBirth };
    }

    /// <summary>
    /// "N years as of a date" leaves two possible birth years (the birthday before or after that date). The engine
    /// compares a year-only date with tolerance: a record born a year either side is "near-year", weaker than the same
    /// year but not "different", and the enquiry's keys probe the year either side as well. So the year holding most of
    /// the possible birthdays stands for the range (the later one on a tie), and the other year is still met.
    /// </summary>
    public static BirthDate? BirthYearOf(ApproximateAge? age)
    {
        if (age is null)
        {
            return null;
        }

        var earliest = age.EarliestBirth;
        var latest = age.LatestBirth;
        if (earliest.Year == latest.Year)
        {
            return new BirthDate(latest.Year, null, null);
        }

        var daysInEarlierYear = new DateOnly(earliest.Year, 12, 31).DayNumber - earliest.DayNumber + 1;
        var daysInLaterYears = latest.DayNumber - new DateOnly(earliest.Year + 1, 1, 1).DayNumber + 1;
        return new BirthDate(daysInEarlierYear > daysInLaterYears ? earliest.Year : latest.Year, null, null);
    }
}
