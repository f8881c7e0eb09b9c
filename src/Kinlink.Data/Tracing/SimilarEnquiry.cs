using Kinlink.Domain.Tracing;
using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Tracing;

/// <summary>Another enquiry whose sought person may be the same, and whether it is already in the same case.</summary>
public sealed record SimilarEnquiry(EnquirySummary Enquiry, double Score, MatchBucket Bucket, bool SameCase);

/// <summary>The enquiries of one case, the first (the one that names it) first.</summary>
public sealed record EnquiryCase(EnquiryId CaseId, IReadOnlyList<EnquirySummary> Enquiries);
