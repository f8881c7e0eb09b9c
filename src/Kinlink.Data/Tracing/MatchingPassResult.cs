namespace Kinlink.Data.Tracing;

/// <summary>What one run of continuous matching did.</summary>
/// <param name="EnquiriesSearched">New or edited enquiries searched against the whole registry.</param>
/// <param name="PersonsRead">Changed persons' subjects read past the watermark.</param>
/// <param name="CandidatesProposed">Candidates added, or brought back after a rejection.</param>
/// <param name="Watermark">The last person subject revision processed.</param>
/// <param name="Busy">Another server held the matching lock, so this run did nothing.</param>
public sealed record MatchingPassResult(int EnquiriesSearched, int PersonsRead, int CandidatesProposed, long Watermark, bool Busy = false);
