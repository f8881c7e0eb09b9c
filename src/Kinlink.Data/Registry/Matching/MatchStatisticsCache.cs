using System.Collections.Concurrent;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Name-frequency counts and the registry size, kept for a minute. They only weigh evidence (agreeing on a common
/// surname says less), so a count a minute old scores the same for any practical purpose, while counting a common
/// given name's rows on every search would cost more than the rest of the search. Each server keeps its own; all
/// of them count from the same table.
/// </summary>
public sealed class MatchStatisticsCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<long, (int Count, DateTimeOffset Until)> _counts = new();
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
}
