namespace Kinlink.Domain.Tracing;

/// <summary>
/// The one rule on what a family may be told (domain.md R-I4): nothing about a located person without that person's
/// consent, and with a refusal only what the person allowed. Every answer to a family (letters, the public status page)
/// goes through here, so no channel can say more than another.
/// </summary>
public static class FamilyDisclosure
{
    public static FamilyAnswer For(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return For(enquiry.Status, enquiry.SharingConsent, enquiry.AllowedOnRefusal);
    }

    public static FamilyAnswer For(EnquiryStatus status, SharingConsent consent, RefusalAllowance allowedOnRefusal) => status switch
    {
        EnquiryStatus.Open => FamilyAnswer.Received,
        EnquiryStatus.Searching => FamilyAnswer.BeingSearched,
        EnquiryStatus.Located => consent switch
        {
            SharingConsent.Given => FamilyAnswer.NewsAvailable,
            // "Still searching" is what the family heard before the person was found: answering anything else would
            // tell them the person was found, which the person has not (yet) allowed.
            SharingConsent.NotAsked => FamilyAnswer.BeingSearched,
            SharingConsent.Refused => allowedOnRefusal switch
            {
                RefusalAllowance.ThatAlive => FamilyAnswer.PersonAliveOnly,
                RefusalAllowance.Nothing => FamilyAnswer.BeingSearched,
            },
        },
        // A death is told to the family in person, never on paper or a page: the family is asked to contact us. The dead
        // cannot consent, and the family's right to know the fate of their relative prevails (AP I art. 32, R-I8).
        EnquiryStatus.ReportedDead => FamilyAnswer.NewsAvailable,
        EnquiryStatus.ClosedWithoutResult => FamilyAnswer.SearchClosed,
        EnquiryStatus.Withdrawn => FamilyAnswer.Withdrawn,
    };
}
