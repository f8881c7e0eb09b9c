using Kinlink.Data.Registry;

namespace Kinlink.Data.Tracing;

/// <summary>One row of the review worklist: the candidate, its enquiry's reference and sought name, the person, and the list it came from.</summary>
public sealed record EnquiryCandidateSummary(
    EnquiryCandidate Candidate, string EnquiryReference, string SoughtName, string SoughtNameLatin, PersonSummary Person, CandidateSource? Source);

/// <summary>The notification list a candidate came from: its label and when it was imported.</summary>
public sealed record CandidateSource(string Label, DateTimeOffset ImportedAt);
