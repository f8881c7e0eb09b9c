namespace Kinlink.Domain.Tracing;

/// <summary>
/// What the family may be told of its case on the public status page, as a code (<c>received</c>, <c>being-searched</c>,
/// <c>news-available-contact-us</c>, <c>search-closed</c>, <c>withdrawn</c>). Never where a person is held, nor whether
/// the person is alive: news, good or bad, is given by a caseworker who can say it with care and within the person's
/// consent (domain.md R-I4).
/// </summary>
/// <remarks>
/// A minimal stand-in written by the public-page slice of issue 5 with the mapping agreed for it; the case life cycle
/// slice owns this type and replaces it.
/// </remarks>
public sealed record FamilyDisclosure(string Code)
{
    public static FamilyDisclosure Received { get; } = new("received");

    public static FamilyDisclosure BeingSearched { get; } = new("being-searched");

    public static FamilyDisclosure NewsAvailableContactUs { get; } = new("news-available-contact-us");

    public static FamilyDisclosure SearchClosed { get; } = new("search-closed");

    public static FamilyDisclosure Withdrawn { get; } = new("withdrawn");

    public static FamilyDisclosure For(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return enquiry.Status switch
        {
            EnquiryStatus.Open => Received,
            EnquiryStatus.Searching => BeingSearched,
            EnquiryStatus.Located or EnquiryStatus.ReportedDead => NewsAvailableContactUs,
            EnquiryStatus.ClosedWithoutResult => SearchClosed,
            EnquiryStatus.Withdrawn => Withdrawn,
        };
    }
}
