namespace Kinlink.Matching.Scoring;

/// <summary>A registry record proposed for an enquiry, with its score, bucket and explanation per field.</summary>
/// <param name="Score">Match weight in bits: log2 of the odds that the record is the person, prior included.</param>
/// <param name="Probability">The score as a probability, 2^s / (1 + 2^s).</param>
/// <param name="ModelVersion">The version of the model that scored it, so the decision can be reproduced.</param>
public sealed record MatchCandidate(
    string RecordId,
    double Score,
    double Probability,
    MatchBucket Bucket,
    IReadOnlyList<FieldExplanation> Explanation,
    string ModelVersion)
{
    /// <summary>The explanation as plain lines, one per field in the order of <see cref="MatchField"/>.</summary>
    public IEnumerable<string> ExplanationLines() =>
        Explanation.Select(e => e.Text);
}
