using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Tracing;

/// <summary>The text codes of candidates' states, reasons and buckets in the API and forms.</summary>
public static class TracingMatchCodes
{
    public static string Of(EnquiryCandidateState state) => state switch
    {
        EnquiryCandidateState.Proposed => "proposed",
        EnquiryCandidateState.Confirmed => "confirmed",
        EnquiryCandidateState.Rejected => "rejected",
        EnquiryCandidateState.Superseded => "superseded",
    };

    public static string Of(EnquiryCandidateReason reason) => reason switch
    {
        EnquiryCandidateReason.EnquiryOpened => "enquiry-opened",
        EnquiryCandidateReason.EnquiryEdited => "enquiry-edited",
        EnquiryCandidateReason.NewPerson => "new-person",
        EnquiryCandidateReason.PersonChanged => "person-changed",
        EnquiryCandidateReason.ChangedSinceRejected => "changed-since-rejected",
    };

    public static string Of(MatchBucket bucket) => bucket switch
    {
        MatchBucket.Likely => "likely",
        MatchBucket.Possible => "possible",
    };
}
