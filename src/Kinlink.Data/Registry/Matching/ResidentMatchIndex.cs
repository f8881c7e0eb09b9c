using System.Diagnostics;
using System.Globalization;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// A server's copy, in memory, of the stored prepared forms (<c>person_match_subjects</c>), with their candidate keys
/// indexed (<see cref="SubjectIndex"/>), so that a search reads no key rows and decodes no forms: at a million persons
/// those reads were most of a search's time on SQLite (docs/benchmarks.md). The database stays the record. The copy
/// is loaded once in the background after start-up (until then searches read the stored keys,
/// <see cref="StoredMatcher"/>), and before every search it reads the subjects whose revision is newer than any it
/// has seen, so a search sees every change committed before it began, whichever server made it.
/// </summary>
/// <remarks>
/// Revisions only grow and become visible in order: SQLite has one writer at a time, and on PostgreSQL they are given
/// as each writing transaction commits, under a lock that committing writers take in turn (migration
/// MatchSubjectRevisions). A subject is replaced whole by its latest row, so reading a change twice does no harm.
/// </remarks>
public sealed class ResidentMatchIndex : IDisposable
{
    private readonly Func<KinlinkDbContext> _createContext;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private SubjectIndex? _index;
    private long _seenRevision;
    private (string All, string Since)? _statements;

    /// <param name="createContext">A context of its own for loading, which the index disposes.</param>
    public ResidentMatchIndex(Func<KinlinkDbContext> createContext)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        _createContext = createContext;
    }

    /// <summary>True once loaded: searches then use it.</summary>
    public bool IsReady => Volatile.Read(ref _index) is not null;

    /// <summary>How long the load took and how many subjects it read, for the log and the benchmark.</summary>
    public (TimeSpan Duration, int Subjects)? LoadStatistics { get; private set; }

    /// <summary>The highest subject revision applied.</summary>
    public long SeenRevision => Interlocked.Read(ref _seenRevision);

    /// <summary>A subject as the index holds it now, or null (none, or not loaded): for diagnostics and tests.</summary>
    public IndexedSubject? Subject(int number) => Volatile.Read(ref _index)?.Get(number);

    /// <summary>Reads every subject and builds the index; a second call does nothing.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is not null)
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            await using var db = _createContext();
            // One statement is one snapshot: the highest revision read is exactly what the index then holds.
            var rows = await ReadSubjectsAsync(db, sinceRevision: null, cancellationToken);
            var subjects = rows.AsParallel().Select(Decode).Where(s => s.Forms.Count > 0).ToList();
            var index = new SubjectIndex(subjects);
            Interlocked.Exchange(ref _seenRevision, rows.Count == 0 ? 0 : rows.Max(r => r.Revision));
            LoadStatistics = (watch.Elapsed, subjects.Count);
            Volatile.Write(ref _index, index);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Applies every subject written since the last refresh; nothing before the load.</summary>
    public async Task RefreshAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var rows = await ReadSubjectsAsync(db, SeenRevision, cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            index.Apply(rows.Select(Decode));
            Interlocked.Exchange(ref _seenRevision, rows.Max(r => r.Revision));
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>
    /// The candidates as <see cref="StoredMatcher.FindAsync"/> finds them, from memory: the persons sharing the most of
    /// the enquiry's keys (a key shared by more than the slice limit not followed), those the filter allows, scored.
    /// Null when the index is not loaded yet.
    /// </summary>
    internal async Task<StoredMatches?> FindAsync(KinlinkDbContext db, IReadOnlyList<PreparedRecord> queryForms, CandidateFilter? filter, CancellationToken cancellationToken)
    {
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            return null;
        }

        await RefreshAsync(db, cancellationToken);
        var keys = new HashSet<long>();
        foreach (var form in queryForms)
        {
            foreach (var key in CandidateKeys.ForQuery(form))
            {
                keys.Add(CandidateKeys.Hash(key));
            }
        }

        var shared = index.SharedKeys(keys);
        IReadOnlyDictionary<int, bool>? allowed = null;
        if (filter is not null && shared.Count > 0)
        {
            allowed = await filter(shared.Keys, cancellationToken);
            foreach (var number in shared.Keys.Where(n => !allowed.ContainsKey(n)).ToList())
            {
                shared.Remove(number);
            }
        }

        var candidates = new List<StoredMatcher.Candidate>();
        foreach (var number in CandidateKeys.SelectForScoring(shared))
        {
            // A subject changed by a refresh since its keys were read is scored as it is now, or left out if gone.
            if (index.Get(number) is { } subject)
            {
                var notificationOnly = allowed is not null && !allowed[number];
                candidates.Add(new StoredMatcher.Candidate(number, new PersonId(subject.Id), notificationOnly ? [subject.Forms[0]] : subject.Forms, notificationOnly));
            }
        }

        var scorer = new MatchScorer(MatchModel.Default, index);
        return new StoredMatches(StoredMatcher.Rank(queryForms, candidates, scorer), scorer, candidates.Count, index.RecordCount);
    }

    public void Dispose()
    {
        _index?.Dispose();
        _refreshing.Dispose();
        _loading.Dispose();
    }

    private static IndexedSubject Decode(SubjectRow row) =>
        new(row.Number, row.PersonId, row.Forms.Length == 0 ? [] : MatchForms.Split(row.Number.ToString(CultureInfo.InvariantCulture), row.Forms));

    private async Task<List<SubjectRow>> ReadSubjectsAsync(KinlinkDbContext db, long? sinceRevision, CancellationToken cancellationToken)
    {
        // Every search asks for changes: the statement's text is made from the model once, not on each search.
        var (all, since) = _statements ??= Statements(db);
        var text = sinceRevision is { } revision ? string.Create(CultureInfo.InvariantCulture, $"{since}{revision} ORDER BY 4") : all;
        var rows = new List<SubjectRow>();
        await StoredMatcher.ReadAsync(db, text, async reader =>
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new SubjectRow(reader.GetInt32(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }, cancellationToken);
        return rows;
    }

    /// <summary>The statement reading every subject, and the start of the one reading those above a revision.</summary>
    private static (string All, string Since) Statements(KinlinkDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(PersonMatchSubject))!;
        string Column(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
        var revision = Column(nameof(PersonMatchSubject.Revision));
        var all = $"SELECT {Column(nameof(PersonMatchSubject.Number))}, {Column(nameof(PersonMatchSubject.PersonId))}, {Column(nameof(PersonMatchSubject.Forms))}, {revision} FROM {sql.DelimitIdentifier(type.GetTableName()!)}";
        return (all, $"{all} WHERE {revision} > ");
    }

    private sealed record SubjectRow(int Number, Guid PersonId, string Forms, long Revision);
}
