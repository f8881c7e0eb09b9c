using Kinlink.Data.Registry;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// A candidate side by side with its enquiry: the sought person as the family described it, the registry person, and
/// the engine's explanation field by field for the person's name form that agrees best.
/// </summary>
public sealed record EnquiryCandidateView(
    EnquiryCandidate Candidate, Enquiry Enquiry, string? SoughtDependsOnPartyCode, Person Person, PersonSummary PersonSummary, string? PersonDependsOnPartyCode, CandidateSource? Source,
    double Score, IReadOnlyList<string> Explanation, string Prior, string SoughtMatchedAs, string PersonFormCompared, Registry.Matching.MatchReasons Reasons);
