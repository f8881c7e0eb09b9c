namespace Kinlink.Matching.Engine;

/// <summary>
/// Candidate keys of records held in memory as 64-bit hashes (<see cref="CandidateKeys.Hash"/>) in flat
/// arrays: a million records give some 23 million distinct keys, which as strings in a dictionary of
/// arrays took several gigabytes. Distinct hashes are grouped by their top bits into buckets of a few,
/// so a lookup reads one bucket; each hash points at its slice of record numbers, in ascending order.
/// Two key texts with the same 64-bit hash would share a slice; among tens of millions of keys that is
/// a chance of about one in a hundred thousand, and it could only add candidates, never lose one.
/// </summary>
internal sealed class HashedKeyIndex
{
    private readonly int _shift;
    private readonly int[] _bucketStarts;
    private readonly long[] _hashes;
    private readonly int[] _sliceStarts;
    private readonly int[] _records;

    /// <param name="recordKeys">Per record, in record-number order, the hashes of its keys, each once.</param>
    public HashedKeyIndex(IReadOnlyList<long[]> recordKeys)
    {
        long total = 0;
        foreach (var keys in recordKeys)
        {
            total += keys.Length;
        }

        // About eight pairs per bucket before duplicates are merged: a few distinct keys per bucket.
        var bits = Math.Clamp(64 - long.LeadingZeroCount(Math.Max(1, total / 8)), 4, 30);
        _shift = 64 - (int)bits;
        var bucketCount = 1 << (int)bits;

        var pairStarts = new int[bucketCount + 1];
        foreach (var keys in recordKeys)
        {
            foreach (var hash in keys)
            {
                pairStarts[Bucket(hash) + 1]++;
            }
        }

        for (var b = 0; b < bucketCount; b++)
        {
            pairStarts[b + 1] += pairStarts[b];
        }

        // Records are placed in ascending order, so each bucket lists every key's records ascending.
        var pairHashes = new long[total];
        var pairRecords = new int[total];
        var next = (int[])pairStarts.Clone();
        for (var record = 0; record < recordKeys.Count; record++)
        {
            foreach (var hash in recordKeys[record])
            {
                var at = next[Bucket(hash)]++;
                pairHashes[at] = hash;
                pairRecords[at] = record;
            }
        }

        _bucketStarts = new int[bucketCount + 1];
        var hashes = new List<long>((int)Math.Min(int.MaxValue, total / 2));
        var sliceStarts = new List<int>((int)Math.Min(int.MaxValue, total / 2));
        for (var b = 0; b < bucketCount; b++)
        {
            var (from, to) = (pairStarts[b], pairStarts[b + 1]);
            SortStably(pairHashes, pairRecords, from, to);
            _bucketStarts[b] = hashes.Count;
            for (var i = from; i < to; i++)
            {
                if (i == from || pairHashes[i] != pairHashes[i - 1])
                {
                    hashes.Add(pairHashes[i]);
                    sliceStarts.Add(i);
                }
            }
        }

        _bucketStarts[bucketCount] = hashes.Count;
        sliceStarts.Add((int)total);
        _hashes = [.. hashes];
        _sliceStarts = [.. sliceStarts];
        _records = pairRecords;
    }

    public int KeyCount => _hashes.Length;

    /// <summary>The record numbers under one key hash, ascending; empty when no record has it.</summary>
    public ReadOnlySpan<int> Slice(long hash)
    {
        var bucket = Bucket(hash);
        for (var k = _bucketStarts[bucket]; k < _bucketStarts[bucket + 1]; k++)
        {
            if (_hashes[k] == hash)
            {
                return _records.AsSpan(_sliceStarts[k], _sliceStarts[k + 1] - _sliceStarts[k]);
            }
        }

        return [];
    }

    public (int Keys, int LargestSlice, double MeanSlice) Statistics()
    {
        var largest = 0;
        for (var k = 0; k < _hashes.Length; k++)
        {
            largest = Math.Max(largest, _sliceStarts[k + 1] - _sliceStarts[k]);
        }

        return (_hashes.Length, largest, _hashes.Length == 0 ? 0 : _records.Length / (double)_hashes.Length);
    }

    private int Bucket(long hash) => (int)((ulong)hash >> _shift);

    /// <summary>Sorts a bucket by hash, each hash's records ascending.</summary>
    private static void SortStably(long[] hashes, int[] records, int from, int to)
    {
        // Most buckets hold a few pairs and insertion sort suits them; a bucket holding a common key's
        // thousands of records beside another key's would cost insertion sort their product.
        if (to - from > 32)
        {
            Array.Sort(hashes, records, from, to - from);
            var run = from;
            for (var i = from + 1; i <= to; i++)
            {
                if (i == to || hashes[i] != hashes[run])
                {
                    Array.Sort(records, run, i - run);
                    run = i;
                }
            }

            return;
        }

        for (var i = from + 1; i < to; i++)
        {
            var (hash, record) = (hashes[i], records[i]);
            var j = i - 1;
            while (j >= from && hashes[j] > hash)
            {
                hashes[j + 1] = hashes[j];
                records[j + 1] = records[j];
                j--;
            }

            hashes[j + 1] = hash;
            records[j + 1] = record;
        }
    }
}
