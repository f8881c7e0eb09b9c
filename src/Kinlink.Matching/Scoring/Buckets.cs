namespace Kinlink.Matching.Scoring;

/// <summary>
/// Turns scored pairs of one enquiry, best first, into candidates with buckets. A candidate is
/// likely only when its score passes the model's threshold and it is clearly ahead of the next:
/// two namesakes scoring alike are both only possible, because the evidence cannot tell them apart.
/// </summary>
public static class Buckets
{
    /// <param name="rankedBestFirst">The candidates to return, best first.</param>
    /// <param name="scoreAfterLast">The score of the first candidate not returned, if there is one.</param>
    public static IReadOnlyList<MatchCandidate> Assign(IReadOnlyList<(string RecordId, ScoredPair Pair)> rankedBestFirst, double? scoreAfterLast, MatchModel model)
    {
        ArgumentNullException.ThrowIfNull(rankedBestFirst);
        ArgumentNullException.ThrowIfNull(model);
        var count = rankedBestFirst.Count;
        var candidates = new List<MatchCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var (id, pair) = rankedBestFirst[i];
            var next = i + 1 < count ? rankedBestFirst[i + 1].Pair.Score : scoreAfterLast ?? double.NegativeInfinity;
            // Only the first can be likely: an enquiry is about one person.
            var likely = i == 0 && pair.Score >= model.LikelyThreshold && pair.Score - next >= model.LikelyMargin;
            var probability = 1 / (1 + Math.Pow(2, -pair.Score));
            candidates.Add(new MatchCandidate(id, pair.Score, probability, likely ? MatchBucket.Likely : MatchBucket.Possible, pair.Explanation, model.Version));
        }

        return candidates;
    }
}
