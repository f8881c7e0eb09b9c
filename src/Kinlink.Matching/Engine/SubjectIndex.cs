using System.Collections.Concurrent;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Engine;

/// <summary>One numbered subject as <see cref="SubjectIndex"/> holds it: an owner's id and its prepared name forms, the current name first.</summary>
public sealed record IndexedSubject(int Number, Guid Id, IReadOnlyList<PreparedRecord> Forms);

/// <summary>
/// Numbered subjects (a person with one or more prepared name forms) held in memory and kept current as they change:
/// the candidate keys of every form in a hashed index, and the name counts scoring weighs with. A server keeps one
/// beside its database so that a search reads no key rows; the database stays the record and the source of changes.
/// </summary>
/// <remarks>
/// Built in bulk once. A later change masks the subject's number in the bulk index and puts its keys in a small
/// overlay; when the overlay grows past <see cref="OverlayLimit"/> key pairs, a new bulk index is built from the
/// subjects in the background and swapped in, so a long-running server does not keep an ever larger overlay.
/// Searches read under a shared lock and changes apply under an exclusive one; the counts are readable at any time.
/// </remarks>
public sealed class SubjectIndex : IRegistryFrequencies, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly ConcurrentDictionary<string, int> _surnames;
    private readonly ConcurrentDictionary<string, int> _givenNames;
    private readonly Dictionary<Guid, int> _numberOf = [];
    private IndexedSubject?[] _subjects;
    private HashedKeyIndex _bulk;
    private HashSet<int> _masked = [];
    private Dictionary<long, List<int>> _overlay = [];
    private int _overlayPairs;
    private int _count;
    private List<int>? _changedDuringRebuild;
    private Task _rebuild = Task.CompletedTask;

    /// <param name="subjects">Every subject, each number once; a subject without forms is left out.</param>
    /// <param name="overlayLimit">Key pairs the overlay may hold before a new bulk index is built; by default an eighth of the bulk's, at least 200,000.</param>
    public SubjectIndex(IEnumerable<IndexedSubject> subjects, int? overlayLimit = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var all = subjects.Where(s => s.Forms.Count > 0).ToList();
        var size = all.Count == 0 ? 1 : all.Max(s => s.Number) + 1;
        _subjects = new IndexedSubject?[Math.Max(16, size)];
        foreach (var subject in all)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(subject.Number);
            if (_subjects[subject.Number] is not null)
            {
                throw new ArgumentException($"Subject number {subject.Number} is given twice.", nameof(subjects));
            }

            if (!_numberOf.TryAdd(subject.Id, subject.Number))
            {
                throw new ArgumentException($"Subjects {_numberOf[subject.Id]} and {subject.Number} have the same id.", nameof(subjects));
            }

            _subjects[subject.Number] = subject;
        }

        // The names of a million subjects are found in parallel and counted in plain dictionaries: counting them one
        // by one into the concurrent ones took seconds of a server's start.
        var names = all.AsParallel().Select(NamesOf).ToList();
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        var givenNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (subjectSurnames, subjectGivenNames) in names)
        {
            foreach (var name in subjectSurnames)
            {
                surnames[name] = surnames.GetValueOrDefault(name) + 1;
            }

            foreach (var name in subjectGivenNames)
            {
                givenNames[name] = givenNames.GetValueOrDefault(name) + 1;
            }
        }

        _surnames = new ConcurrentDictionary<string, int>(surnames, StringComparer.Ordinal);
        _givenNames = new ConcurrentDictionary<string, int>(givenNames, StringComparer.Ordinal);
        _count = all.Count;
        (_bulk, var pairs) = BuildBulk(_subjects);
        OverlayLimit = overlayLimit ?? (int)Math.Min(int.MaxValue, Math.Max(200_000, pairs / 8));
    }

    /// <summary>Key pairs the overlay holds before the bulk index is built again.</summary>
    public int OverlayLimit { get; }

    /// <summary>Subjects with at least one form.</summary>
    public int RecordCount => Volatile.Read(ref _count);

    /// <summary>The bulk index being built again, or a completed task: tests and shutdown wait on it.</summary>
    public Task PendingRebuild
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _rebuild;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public int SurnameCount(string surnameKey) => _surnames.GetValueOrDefault(surnameKey);

    public int GivenNameCount(string givenKey) => _givenNames.GetValueOrDefault(givenKey);

    /// <summary>
    /// Adds, replaces or (with no forms) removes subjects. Each change replaces the subject whole, so applying the
    /// same state twice, or changes of one subject in any order ending with its latest state, leaves the same index.
    /// An id has one subject: a subject under a new number for an id already held replaces the old number's.
    /// </summary>
    public void Apply(IEnumerable<IndexedSubject> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // The keys are made outside the lock: they are the costly part, and searches go on meanwhile.
        var prepared = changes.Select(c => (Subject: c, Keys: c.Forms.Count > 0 ? KeysOf(c.Forms) : [])).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var (subject, keys) in prepared)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(subject.Number);
                if (subject.Forms.Count > 0 && _numberOf.TryGetValue(subject.Id, out var previous) && previous != subject.Number)
                {
                    Replace(new IndexedSubject(previous, subject.Id, []), []);
                }

                Replace(subject, keys);
            }

            if (_overlayPairs > OverlayLimit && _rebuild.IsCompleted)
            {
                StartRebuild();
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The subject under a number, or null when there is none (never added, or removed).</summary>
    public IndexedSubject? Get(int number)
    {
        _lock.EnterReadLock();
        try
        {
            return number >= 0 && number < _subjects.Length ? _subjects[number] : null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// For each subject sharing at least one of the key hashes, how many it shares; a key shared by more than
    /// <paramref name="sliceLimit"/> subjects is not followed, as in <see cref="InMemoryMatcher"/>.
    /// </summary>
    public Dictionary<int, int> SharedKeys(IEnumerable<long> keyHashes, int sliceLimit = CandidateKeys.SliceLimit)
    {
        ArgumentNullException.ThrowIfNull(keyHashes);
        var shared = new Dictionary<int, int>();
        _lock.EnterReadLock();
        try
        {
            foreach (var hash in keyHashes)
            {
                var bulk = _bulk.Slice(hash);
                var extra = _overlay.GetValueOrDefault(hash);
                var extraCount = extra?.Count ?? 0;
                if (bulk.Length - _masked.Count + extraCount > sliceLimit)
                {
                    continue;
                }

                if (bulk.Length + extraCount > sliceLimit && LiveCount(bulk) + extraCount > sliceLimit)
                {
                    continue;
                }

                foreach (var number in bulk)
                {
                    if (_masked.Count == 0 || !_masked.Contains(number))
                    {
                        shared[number] = shared.GetValueOrDefault(number) + 1;
                    }
                }

                if (extra is not null)
                {
                    foreach (var number in extra)
                    {
                        shared[number] = shared.GetValueOrDefault(number) + 1;
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        return shared;
    }

    public void Dispose()
    {
        // A rebuild still running finishes on its own; it only touches this object's fields under the lock.
        _rebuild.Wait();
        _lock.Dispose();
    }

    /// <summary>The hashes of the candidate keys of every form, each once, as the database stores them.</summary>
    public static long[] KeysOf(IReadOnlyList<PreparedRecord> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var keys = new HashSet<long>();
        foreach (var form in forms)
        {
            foreach (var key in CandidateKeys.ForRecord(form))
            {
                keys.Add(CandidateKeys.Hash(key));
            }
        }

        return [.. keys];
    }

    private int LiveCount(ReadOnlySpan<int> bulk)
    {
        var live = 0;
        foreach (var number in bulk)
        {
            if (!_masked.Contains(number))
            {
                live++;
            }
        }

        return live;
    }

    private void Replace(IndexedSubject subject, long[] keys)
    {
        if (subject.Number >= _subjects.Length)
        {
            Array.Resize(ref _subjects, Math.Max(subject.Number + 1, _subjects.Length * 2));
        }

        var old = _subjects[subject.Number];
        if (old is not null)
        {
            Count(old, -1);
            _count--;
            if (!_masked.Add(subject.Number))
            {
                // Already masked: its current keys are in the overlay, and leave it now.
                foreach (var key in KeysOf(old.Forms))
                {
                    if (_overlay.TryGetValue(key, out var numbers) && numbers.Remove(subject.Number))
                    {
                        _overlayPairs--;
                        if (numbers.Count == 0)
                        {
                            _overlay.Remove(key);
                        }
                    }
                }
            }
        }
        else
        {
            // A new number has nothing in the bulk index; masking it keeps a later rebuild's bookkeeping simple.
            _masked.Add(subject.Number);
        }

        _changedDuringRebuild?.Add(subject.Number);
        if (old is not null && _numberOf.TryGetValue(old.Id, out var held) && held == subject.Number)
        {
            _numberOf.Remove(old.Id);
        }

        if (subject.Forms.Count == 0)
        {
            _subjects[subject.Number] = null;
            return;
        }

        _subjects[subject.Number] = subject;
        _numberOf[subject.Id] = subject.Number;
        Count(subject, +1);
        _count++;
        foreach (var key in keys)
        {
            if (!_overlay.TryGetValue(key, out var numbers))
            {
                _overlay[key] = numbers = [];
            }

            numbers.Add(subject.Number);
            _overlayPairs++;
        }
    }

    /// <summary>Counts a subject's names in or out, each name once however many forms carry it, as the database counts them.</summary>
    private void Count(IndexedSubject subject, int delta)
    {
        var (surnames, givenNames) = NamesOf(subject);
        foreach (var key in surnames)
        {
            _surnames.AddOrUpdate(key, delta, (_, count) => count + delta);
        }

        foreach (var key in givenNames)
        {
            _givenNames.AddOrUpdate(key, delta, (_, count) => count + delta);
        }
    }

    private static (string[] Surnames, string[] GivenNames) NamesOf(IndexedSubject subject) =>
        ([.. subject.Forms.SelectMany(FrequencyKeys.Surnames).Distinct(StringComparer.Ordinal)],
         [.. subject.Forms.SelectMany(FrequencyKeys.GivenNames).Distinct(StringComparer.Ordinal)]);

    private void StartRebuild()
    {
        var snapshot = (IndexedSubject?[])_subjects.Clone();
        _changedDuringRebuild = [];
        _rebuild = Task.Run(() =>
        {
            var (bulk, _) = BuildBulk(snapshot);
            _lock.EnterWriteLock();
            try
            {
                // What changed while the bulk was built is still only in the overlay's terms: mask and key it anew.
                var changed = _changedDuringRebuild!;
                _changedDuringRebuild = null;
                _bulk = bulk;
                _masked = [.. changed];
                _overlay = [];
                _overlayPairs = 0;
                foreach (var number in changed.Distinct())
                {
                    if (_subjects[number] is { } subject)
                    {
                        foreach (var key in KeysOf(subject.Forms))
                        {
                            if (!_overlay.TryGetValue(key, out var numbers))
                            {
                                _overlay[key] = numbers = [];
                            }

                            numbers.Add(number);
                            _overlayPairs++;
                        }
                    }
                }
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        });
    }

    private static (HashedKeyIndex Index, long Pairs) BuildBulk(IndexedSubject?[] subjects)
    {
        var keys = subjects.AsParallel().AsOrdered().Select(s => s is null ? [] : KeysOf(s.Forms)).ToArray();
        return (new HashedKeyIndex(keys), keys.Sum(k => (long)k.Length));
    }
}
