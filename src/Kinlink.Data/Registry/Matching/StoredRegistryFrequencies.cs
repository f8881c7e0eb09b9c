using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Frequencies counted from the frequency keys in <c>person_match_keys</c>, fetched before scoring for the values a
/// search can ask about. A value not fetched is noted, so the search can fetch it and score again.
/// </summary>
internal sealed class StoredRegistryFrequencies(int recordCount, Dictionary<long, int> counts) : IRegistryFrequencies
{
    private readonly HashSet<long> _missing = [];

    public int RecordCount { get; } = recordCount;

    public IReadOnlyCollection<long> Missing => _missing;

    /// <summary>Adds counts fetched for values that were missing, and forgets that they were.</summary>
    public void Add(IReadOnlyDictionary<long, int> fetched)
    {
        foreach (var (key, count) in fetched)
        {
            counts[key] = count;
        }

        _missing.Clear();
    }

    public int SurnameCount(string surnameKey) => Lookup(MatchKeyCalculator.SurnameFrequencyHash(surnameKey));

    public int GivenNameCount(string givenKey) => Lookup(MatchKeyCalculator.GivenNameFrequencyHash(givenKey));

    private int Lookup(long key)
    {
        if (counts.TryGetValue(key, out var count))
        {
            return count;
        }

        _missing.Add(key);
        return 0;
    }
}
