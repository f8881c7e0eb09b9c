using System.Collections.Concurrent;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Name-frequency counts and the registry size, kept for a minute, and the candidate keys found too common to
/// follow, kept for ten. Counts only weigh evidence (agreeing on a common surname says less), so a count a minute
/// old scores the same for any practical purpose, while counting a common given name's rows on every search would
/// cost more than the rest of the search. A key shared by more persons than the slice limit is not followed, and
/// reading its thousands of rows on every search only to drop them would be the search's largest cost at a million
/// persons; slices grow with the registry, so one found oversized stays so for practical purposes, and the ten
/// minutes only let a slice that a correction shrank be followed again. Each server keeps its own; all of them read
/// the same table.
/// </summary>
public sealed class MatchStatisticsCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan OversizedLifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<long, (int Count, DateTimeOffset Until)> _counts = new();
    private readonly ConcurrentDictionary<long, DateTimeOffset> _oversized = new();
    private (int Count, DateTimeOffset Until)? _records;

    public bool TryGetCount(long key, out int count)
    {
        if (_counts.TryGetValue(key, out var entry) && entry.Until > clock.GetUtcNow())
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void SetCount(long key, int count) => _counts[key] = (count, clock.GetUtcNow() + Lifetime);

    public int? RecordCount => _records is { } r && r.Until > clock.GetUtcNow() ? r.Count : null;

    public void SetRecordCount(int count) => _records = (count, clock.GetUtcNow() + Lifetime);

    /// <summary>True when the candidate key was lately found shared by more persons than the slice limit.</summary>
    public bool IsOversized(long key) => _oversized.TryGetValue(key, out var until) && until > clock.GetUtcNow();

    public void SetOversized(long key) => _oversized[key] = clock.GetUtcNow() + OversizedLifetime;
}
