using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

/// <summary>A reader who sees part of the registry gets the same weights, explained without the registry's counts.</summary>
public class ExplanationWithoutCountsTests
{
    [Fact]
    public void The_same_scores_and_levels_are_explained_without_how_many_share_a_name_or_how_many_are_held()
    {
        var registry = Enumerable.Range(0, 40)
            .Select(i => PreparedRecord.From(new MatchRecord($"r{i}", "Коваленко", i % 2 == 0 ? "Олександр" : "Петро", null, new BirthDate(1960 + i, 1, 1), 'M', null)))
            .ToList();
        var scorer = new MatchScorer(MatchModel.Default, new RegistryFrequencies(registry));
        var reticent = scorer.WithoutCounts();
        var query = PreparedRecord.From(new MatchRecord("q", "Kovalenko", "Oleksandr", null, new BirthDate(1960, 1, 1), 'M', null));

        var told = scorer.Score(query, registry[0]);
        var untold = reticent.Score(query, registry[0]);

        Assert.Equal(told.Score, untold.Score);
        Assert.Equal(told.Explanation.Select(l => (l.Field, l.Level, l.Weight)), untold.Explanation.Select(l => (l.Field, l.Level, l.Weight)));
        Assert.Contains(told.Explanation, l => l.Text.Contains("40 records in the registry share it", StringComparison.Ordinal));
        Assert.DoesNotContain(untold.Explanation, l => l.Text.Contains("share it", StringComparison.Ordinal));
        Assert.Contains("one record among 40", scorer.PriorText(), StringComparison.Ordinal);
        Assert.DoesNotContain("40", reticent.PriorText(), StringComparison.Ordinal);
        Assert.Equal(scorer.PriorWeight, reticent.PriorWeight);
    }
}
