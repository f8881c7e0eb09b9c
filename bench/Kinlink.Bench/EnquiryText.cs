using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>An enquiry as one line of free text, the way a caseworker types it into a search box: surname, given name, patronymic.</summary>
public static class EnquiryText
{
    public static string Of(MatchRecord enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return string.Join(' ', new[] { enquiry.Surname, enquiry.GivenName, enquiry.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
