using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Engine;

/// <summary>
/// Registry records in memory: prepared once, indexed by their candidate keys, then searched per
/// enquiry (keys -> candidates -> scores -> buckets -> top N). The file mode and the evaluations use
/// it; a database search does the same steps with the keys in a table.
/// </summary>
public sealed class InMemoryMatcher
{
    private readonly PreparedRecord[] _records;
    private readonly HashedKeyIndex _index;
    private readonly MatchScorer _scorer;
    private long _candidatesScored;

    /// <param name="sliceLimit">Slices larger than this are not followed (<see cref="CandidateKeys.SliceLimit"/> unless given).</param>
    /// <param name="scoringLimit">At most this many candidates are scored per enquiry (<see cref="CandidateKeys.ScoringLimit"/> unless given).</param>
    public InMemoryMatcher(IEnumerable<MatchRecord> registry, MatchModel? model = null, int sliceLimit = CandidateKeys.SliceLimit, int scoringLimit = CandidateKeys.ScoringLimit)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfLessThan(sliceLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(scoringLimit, 1);
        SliceLimit = sliceLimit;
        ScoringLimit = scoringLimit;
        _records = registry.AsParallel().AsOrdered().Select(PreparedRecord.From).ToArray();
        _index = new HashedKeyIndex(_records.AsParallel().AsOrdered().Select(HashesOf).ToArray());
        Frequencies = new RegistryFrequencies(_records);
        _scorer = new MatchScorer(model ?? MatchModel.Default, Frequencies);
    }

    /// <summary>Slices larger than this are not followed.</summary>
    public int SliceLimit { get; }

    /// <summary>At most this many candidates, those sharing the most keys with the enquiry, are scored.</summary>
    public int ScoringLimit { get; }

    public int Count => _records.Length;

    public RegistryFrequencies Frequencies { get; }

    public MatchScorer Scorer => _scorer;

    /// <summary>Pairs scored so far by <see cref="Find"/>: how many records the keys let through.</summary>
    public long CandidatesScored => Interlocked.Read(ref _candidatesScored);

    /// <summary>Number of distinct keys and the largest slice, for judging how selective the keys are.</summary>
    public (int Keys, int LargestSlice, double MeanSlice) IndexStatistics() => _index.Statistics();

    /// <summary>The best candidates for one enquiry, best first, at most <paramref name="top"/>.</summary>
    public IReadOnlyList<MatchCandidate> Find(MatchRecord query, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var prepared = PreparedRecord.From(query);
        var sharedKeys = new Dictionary<int, int>();
        foreach (var key in CandidateKeys.ForQuery(prepared))
        {
            var slice = _index.Slice(CandidateKeys.Hash(key));
            if (slice.Length <= SliceLimit)
            {
                foreach (var candidate in slice)
                {
                    sharedKeys[candidate] = sharedKeys.GetValueOrDefault(candidate) + 1;
                }
            }
        }

        var candidates = CandidateKeys.SelectForScoring(sharedKeys, ScoringLimit);
        Interlocked.Add(ref _candidatesScored, candidates.Length);
        var scored = new List<(int Record, double Score)>(candidates.Length);
        foreach (var candidate in candidates)
        {
            var score = _scorer.ScoreOnly(prepared, _records[candidate]);
            if (score >= _scorer.Model.PossibleThreshold)
            {
                scored.Add((candidate, score));
            }
        }

        // Equal scores are ordered by id only so that runs repeat exactly; the id carries no evidence.
        scored.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(_records[a.Record].Source.Id, _records[b.Record].Source.Id);
        });

        // Explanations are written only for what is returned, plus the next score that the margin needs.
        var explained = scored.Take(top).Select(s => (_records[s.Record].Source.Id, _scorer.Score(prepared, _records[s.Record]))).ToList();
        var nextScore = scored.Count > top ? scored[top].Score : (double?)null;
        return Buckets.Assign(explained, nextScore, _scorer.Model);
    }

    private static long[] HashesOf(PreparedRecord record)
    {
        var keys = CandidateKeys.ForRecord(record);
        var hashes = new long[keys.Count];
        var i = 0;
        foreach (var key in keys)
        {
            hashes[i++] = CandidateKeys.Hash(key);
        }

        return hashes;
    }

    /// <summary>Every enquiry, in parallel; results in the order of the enquiries.</summary>
    public IReadOnlyList<IReadOnlyList<MatchCandidate>> FindAll(IReadOnlyList<MatchRecord> queries, int top = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new IReadOnlyList<MatchCandidate>[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = Find(queries[i], top));
        return results;
    }
}
