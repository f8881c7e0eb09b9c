using System.Diagnostics;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Evaluation;

/// <summary>Runs a labelled set through the in-memory matcher and measures ranks and buckets against the truth.</summary>
public static class Evaluator
{
    public static EvaluationReport Run(string name, LabelledSet set, MatchModel? model = null, int top = 10, int scoringLimit = CandidateKeys.ScoringLimit)
    {
        ArgumentNullException.ThrowIfNull(set);
        var stopwatch = Stopwatch.StartNew();
        var matcher = new InMemoryMatcher(set.Registry, model, scoringLimit: scoringLimit);
        var results = matcher.FindAll(set.Queries, top);
        stopwatch.Stop();

        var records = set.Registry.ToDictionary(r => r.Id, StringComparer.Ordinal);
        int withTruth = 0, blocked = 0, at1 = 0, at10 = 0, likely = 0, likelyCorrect = 0, likelyWithoutTruth = 0, withoutTruth = 0;
        double reciprocal = 0;
        for (var i = 0; i < set.Queries.Count; i++)
        {
            var query = set.Queries[i];
            var candidates = results[i];
            var truth = set.Truth.GetValueOrDefault(query.Id);
            var first = candidates.Count > 0 ? candidates[0] : null;
            if (first?.Bucket == MatchBucket.Likely)
            {
                likely++;
                likelyCorrect += first.RecordId == truth ? 1 : 0;
            }

            if (truth is null)
            {
                withoutTruth++;
                likelyWithoutTruth += first?.Bucket == MatchBucket.Likely ? 1 : 0;
                continue;
            }

            withTruth++;
            var queryKeys = CandidateKeys.ForQuery(query);
            blocked += CandidateKeys.ForRecord(records[truth]).Overlaps(queryKeys) ? 1 : 0;
            var rank = candidates.ToList().FindIndex(c => c.RecordId == truth) + 1;
            if (rank == 1)
            {
                at1++;
            }

            if (rank is >= 1 and <= 10)
            {
                at10++;
                reciprocal += 1.0 / rank;
            }
        }

        return new EvaluationReport(
            name,
            (model ?? MatchModel.Default).Version,
            set.Registry.Count,
            set.Queries.Count,
            withTruth,
            Ratio(blocked, withTruth),
            Ratio(at1, withTruth),
            Ratio(at10, withTruth),
            Ratio(reciprocal, withTruth),
            likely,
            Ratio(likelyCorrect, likely),
            Ratio(likelyCorrect, withTruth),
            Ratio(likelyWithoutTruth, withoutTruth),
            Ratio(matcher.CandidatesScored, set.Queries.Count),
            stopwatch.Elapsed);
    }

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
