using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

// The codes of the case life cycle, contacts and letters.
public static partial class TracingCodes
{
    public static string Of(RefusalAllowance allowance) => allowance switch
    {
        RefusalAllowance.Nothing => "nothing",
        RefusalAllowance.ThatAlive => "that-alive",
    };

    public static string Of(ConsentObtainedBy how) => how switch
    {
        ConsentObtainedBy.Visit => "visit",
        ConsentObtainedBy.RedCrossMessage => "red-cross-message",
        ConsentObtainedBy.Phone => "phone",
        ConsentObtainedBy.Letter => "letter",
        ConsentObtainedBy.PartnerSociety => "partner-society",
    };

    public static string Of(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "phone",
        ContactChannel.Email => "email",
        ContactChannel.Letter => "letter",
        ContactChannel.InPerson => "in-person",
        ContactChannel.PartnerSociety => "partner-society",
    };

    public static string Of(ContactDirection direction) => direction switch
    {
        ContactDirection.Incoming => "incoming",
        ContactDirection.Outgoing => "outgoing",
    };

    public static string Of(LetterTemplate template) => template switch
    {
        LetterTemplate.Acknowledgement => "acknowledgement",
        LetterTemplate.SearchOngoing => "search-ongoing",
        LetterTemplate.NewsAvailable => "news-available",
        LetterTemplate.PersonAlive => "person-alive",
        LetterTemplate.SearchClosed => "search-closed",
    };

    public static string Of(FamilyAnswer answer) => answer switch
    {
        FamilyAnswer.Received => "received",
        FamilyAnswer.BeingSearched => "being-searched",
        FamilyAnswer.NewsAvailable => "news-available",
        FamilyAnswer.PersonAliveOnly => "person-alive-only",
        FamilyAnswer.SearchClosed => "search-closed",
        FamilyAnswer.Withdrawn => "withdrawn",
    };

    public static string Of(EnquiryEventKind kind) => kind switch
    {
        EnquiryEventKind.Status => "status",
        EnquiryEventKind.SharingConsent => "consent",
    };
}
