namespace Kinlink.Matching.Scoring;

/// <summary>The score of one enquiry–record pair and its explanation, one line per field.</summary>
public sealed record ScoredPair(double Score, IReadOnlyList<FieldExplanation> Explanation);
