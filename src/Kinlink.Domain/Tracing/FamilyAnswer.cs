namespace Kinlink.Domain.Tracing;

/// <summary>
/// The most a family may be told about its enquiry, whatever the channel (a letter, the public status page, a call):
/// decided by <see cref="FamilyDisclosure"/> alone.
/// </summary>
public enum FamilyAnswer
{
    /// <summary>The enquiry was received and will be searched.</summary>
    Received = 1,

    /// <summary>The search goes on. Also the answer when the person was found but did not agree (or was not yet asked) to share news, so that nothing betrays the finding.</summary>
    BeingSearched = 2,

    /// <summary>There is news: please contact us. The news itself is told in person or by phone, never on paper or a page.</summary>
    NewsAvailable = 3,

    /// <summary>The person refused to share news but allowed the family to be told that they are alive: that, and nothing else.</summary>
    PersonAliveOnly = 4,

    /// <summary>The search ended without a result.</summary>
    SearchClosed = 5,

    /// <summary>The family withdrew the enquiry.</summary>
    Withdrawn = 6,
}
