using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// The engine's reasons for one comparison as data, so a page can say them in its reader's language: the verdict per
/// field (<see cref="FieldExplanation.Field"/>, <see cref="FieldExplanation.Level"/>, weight) with the engine's own note,
/// and the prior (in bits, null where none was weighed; <see cref="RecordCount"/> is null when the reader may not learn
/// the registry's size).
/// </summary>
public sealed record MatchReasons(IReadOnlyList<FieldExplanation> Lines, double? PriorWeight, int? RecordCount)
{
    public static MatchReasons Of(ScoredPair? pair, MatchScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return new MatchReasons(pair?.Explanation ?? [], scorer.PriorWeight, scorer.RecordCountTold);
    }
}
