using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Matching.Scoring;

namespace Kinlink.Web.Api;

// The JSON shapes of the review worklist, a candidate's comparison, similar enquiries and cases.
public sealed record CandidateSourceDto(string Label, DateTimeOffset ImportedAt);

public sealed record EnquiryCandidateDto(
    Guid Id, Guid EnquiryId, string EnquiryReference, string SoughtName, string SoughtNameLatin, PersonSummaryDto Person,
    double Score, string Bucket, double Probability, string Reason, CandidateSourceDto? Source, DateTimeOffset FirstSeenAt, string State,
    string? DecidedBy, DateTimeOffset? DecidedAt, string DecisionReason, string ModelVersion, long RevisionScored, long? RevisionAtDecision, int Version);

public sealed record EnquiryCandidateComparisonDto(
    EnquiryCandidateDto Candidate, EnquiryDto Enquiry, double Score, IReadOnlyList<string> Explanation, string Prior,
    string SoughtNameCompared, string PersonNameCompared);

public sealed record CandidateDecisionRequest(string? Reason, int? Version);

public sealed record SimilarEnquiryDto(EnquirySummaryDto Enquiry, double Score, string Bucket, bool SameCase);

public sealed record EnquiryCaseDto(Guid CaseId, IReadOnlyList<EnquirySummaryDto> Enquiries);

public sealed record CaseLinkRequest(string? WithEnquiry, string? Reason);

public sealed record CaseUnlinkRequest(string? Reason);

internal static class EnquiryMatchingDtoMapping
{
    public static EnquiryCandidateState ParseState(string? state) => (state ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "proposed" => EnquiryCandidateState.Proposed,
        "confirmed" => EnquiryCandidateState.Confirmed,
        "rejected" => EnquiryCandidateState.Rejected,
        "superseded" => EnquiryCandidateState.Superseded,
        _ => throw new ValidationFailedException("state", $"'{state}' is not a state of a candidate: use proposed, confirmed, rejected or superseded."),
    };

    public static EnquiryCandidateDto ToDto(this EnquiryCandidateSummary s) => s.Candidate.ToDto(s.EnquiryReference, s.SoughtName, s.SoughtNameLatin, s.Person.ToDto(), s.Source);

    public static EnquiryCandidateDto ToDto(this EnquiryCandidate c, string enquiryReference, string soughtName, string soughtNameLatin, PersonSummaryDto person, CandidateSource? source) => new(
        c.Id.Value, c.EnquiryId.Value, enquiryReference, soughtName, soughtNameLatin, person,
        Math.Round(c.Score, 2), TracingMatchCodes.Of(c.Bucket), Math.Round(Probability(c.Score), 4), TracingMatchCodes.Of(c.Reason),
        source is null ? null : new CandidateSourceDto(source.Label, source.ImportedAt), c.FirstSeenAt, TracingMatchCodes.Of(c.State),
        c.DecidedBy, c.DecidedAt, c.DecisionReason, c.ModelVersion, c.RevisionScored, c.RevisionAtDecision, c.Version);

    public static SimilarEnquiryDto ToDto(this SimilarEnquiry s) => new(s.Enquiry.ToDto(), Math.Round(s.Score, 2), TracingMatchCodes.Of(s.Bucket), s.SameCase);

    public static EnquiryCaseDto ToDto(this EnquiryCase c) => new(c.CaseId.Value, c.Enquiries.Select(e => e.ToDto()).ToList());

    public static double Probability(double score) => 1 / (1 + Math.Pow(2, -score));

    public static string Code(this MatchBucket bucket) => TracingMatchCodes.Of(bucket);
}
