using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Tests;

/// <summary>
/// The cap on candidates scored per enquiry: those sharing the most keys win, and the choice is the
/// same wherever it is made, because the in-memory matcher and a database call the same selection.
/// </summary>
public class ScoringLimitTests
{
    [Fact]
    public void The_candidates_sharing_the_most_keys_are_chosen_best_first()
    {
        var shared = new Dictionary<int, int> { [10] = 1, [11] = 7, [12] = 3, [13] = 5 };

        Assert.Equal([11, 13], CandidateKeys.SelectForScoring(shared, limit: 2));
    }

    [Fact]
    public void Ties_at_the_boundary_go_to_the_smaller_number_whatever_the_insertion_order()
    {
        var forward = new Dictionary<int, int> { [5] = 2, [3] = 2, [9] = 4, [4] = 2 };
        var backward = new Dictionary<int, int> { [4] = 2, [9] = 4, [3] = 2, [5] = 2 };

        Assert.Equal([9, 3, 4], CandidateKeys.SelectForScoring(forward, limit: 3));
        Assert.Equal([9, 3, 4], CandidateKeys.SelectForScoring(backward, limit: 3));
    }

    [Fact]
    public void Fewer_candidates_than_the_limit_are_all_chosen()
    {
        var shared = new Dictionary<int, int> { [2] = 1, [1] = 1 };

        Assert.Equal([1, 2], CandidateKeys.SelectForScoring(shared));
        Assert.Empty(CandidateKeys.SelectForScoring(new Dictionary<int, int>()));
    }

    [Fact]
    public void A_limit_below_one_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CandidateKeys.SelectForScoring(new Dictionary<int, int>(), limit: 0));

        Assert.Equal("limit", error.ParamName);
    }

    [Fact]
    public void The_matcher_scores_no_more_than_its_limit_and_keeps_the_record_sharing_most_keys()
    {
        // All share the surname; only the true record also shares given name, father and full date.
        var registry = Enumerable.Range(0, 30)
            .Select(i => new MatchRecord($"r{i:D2}", "Коваленко", "Петро", null, new BirthDate(1950 + i, null, null), null, null))
            .Append(new MatchRecord("true", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, 3, 12), 'M', null))
            .ToList();
        var query = new MatchRecord("q", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, 3, 12), null, null);
        var matcher = new InMemoryMatcher(registry, scoringLimit: 5);

        var candidates = matcher.Find(query);

        Assert.Equal(5, matcher.CandidatesScored);
        Assert.Equal("true", candidates[0].RecordId);
        Assert.Equal(31, new InMemoryMatcher(registry, scoringLimit: 100).Find(query, top: 50).Count);
    }

    [Fact]
    public void Large_slices_are_indexed_whole_and_in_record_order()
    {
        // 250 namesakes share the surname key, the year keys and the given-name keys: buckets far larger than a few pairs.
        var registry = Enumerable.Range(0, 250)
            .Select(i => new MatchRecord($"n{i:D3}", "Коваленко", "Петро", null, new BirthDate(1980 + (i % 3), null, null), null, null))
            .Append(new MatchRecord("true", "Коваленко", "Петро", "Миколайович", new BirthDate(1981, 5, 17), 'M', null))
            .ToList();
        var matcher = new InMemoryMatcher(registry);

        var candidates = matcher.Find(new MatchRecord("q", "Коваленко", "Петро", "Миколайович", new BirthDate(1981, 5, 17), null, null), top: 300);

        Assert.Equal("true", candidates[0].RecordId);
        Assert.Equal(251, candidates.Count);
        Assert.Equal(251, matcher.CandidatesScored);
    }
}
