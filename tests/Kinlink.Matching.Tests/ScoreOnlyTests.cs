using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

/// <summary>Ranking uses the score without its explanation; it must be the very score the explanation shows.</summary>
public class ScoreOnlyTests
{
    [Fact]
    public void The_score_alone_equals_the_explained_score_for_generated_pairs()
    {
        var set = new CrossScriptGenerator(11).Generate(2000, 600);
        var registry = set.Registry.Select(PreparedRecord.From).ToList();
        var byId = registry.ToDictionary(r => r.Source.Id, StringComparer.Ordinal);
        var scorer = new MatchScorer(MatchModel.Default, new RegistryFrequencies(registry));
        var random = new Random(3);
        var levels = new HashSet<string>(StringComparer.Ordinal);

        foreach (var query in set.Queries.Select(PreparedRecord.From))
        {
            var records = Enumerable.Range(0, 10).Select(_ => registry[random.Next(registry.Count)]).ToList();
            if (set.Truth.GetValueOrDefault(query.Source.Id) is { } truth)
            {
                records.Add(byId[truth]);
            }

            foreach (var record in records)
            {
                var explained = scorer.Score(query, record);
                Assert.Equal(explained.Score, scorer.ScoreOnly(query, record));
                levels.UnionWith(explained.Explanation.Select(e => $"{e.Field}:{e.Level}"));
            }
        }

        // The pairs reach most levels, so the comparison covers more than agreement and disagreement.
        Assert.True(levels.Count >= 30, string.Join(", ", levels.Order(StringComparer.Ordinal)));
    }
}
