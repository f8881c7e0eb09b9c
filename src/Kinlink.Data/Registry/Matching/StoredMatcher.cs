using System.Globalization;
using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Which of the candidates found may be shown: the numbers allowed, each with true when the searcher sees the person
/// in full and false when in notification form only (then only the person's current name is compared).
/// </summary>
internal delegate Task<IReadOnlyDictionary<int, bool>> CandidateFilter(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken);

/// <summary>One person found, with the pair of name forms that scored best.</summary>
internal sealed record StoredMatch(int Number, PersonId PersonId, PreparedRecord QueryForm, PreparedRecord Form, double Score, bool NotificationOnly);

/// <summary>The persons found at or above the "possible" threshold, best first, and the scorer that weighed them.</summary>
internal sealed record StoredMatches(IReadOnlyList<StoredMatch> Ranked, MatchScorer Scorer, int CandidatesScored, int RecordCount);

/// <summary>
/// The matching engine on the stored rows, as the name search and the duplicate finder use it. One round trip reads
/// the persons sharing each of the enquiry's keys from <c>person_match_keys</c>, with the name counts not yet cached;
/// a key shared by more than <see cref="SliceLimit"/> persons is dropped (it cannot narrow the search) and
/// remembered, so that later searches do not read it (<see cref="MatchStatisticsCache.IsOversized"/>). The persons
/// sharing the most keys are chosen as the in-memory matcher chooses them (<see cref="CandidateKeys.SelectForScoring"/>);
/// a second round trip reads their prepared name forms from <c>person_match_subjects</c>; every pair of the
/// enquiry's and the candidate's forms is scored and the best kept. No name is read or normalised again on the way.
/// </summary>
internal sealed class StoredMatcher(KinlinkDbContext db, MatchStatisticsCache statistics)
{
    public const int SliceLimit = CandidateKeys.SliceLimit;

    private readonly bool _synchronousReads = db.Database.IsSqlite();

    // The mapped names, looked up in the model once per matcher rather than on every round trip.
    private readonly Tables _tables = Tables.Of(db);

    /// <param name="queryForms">The enquiry's forms: one for a typed name, every name form of a person for duplicates.</param>
    /// <param name="filter">Which candidates may be scored; null when all may.</param>
    public async Task<StoredMatches> FindAsync(IReadOnlyList<PreparedRecord> queryForms, CandidateFilter? filter, CancellationToken cancellationToken)
    {
        var candidateKeys = new HashSet<long>();
        foreach (var form in queryForms)
        {
            foreach (var key in CandidateKeys.ForQuery(form))
            {
                candidateKeys.Add(MatchKeyCalculator.Hash(key));
            }
        }

        var (counts, toCount) = CachedCounts(queryForms);
        var fetched = await FetchKeysAsync(candidateKeys.Where(k => !statistics.IsOversized(k)).ToList(), toCount, statistics.RecordCount is null, cancellationToken);
        var frequencies = Frequencies(fetched, toCount, counts);
        var scorer = new MatchScorer(MatchModel.Default, frequencies);
        var shared = fetched.SharedKeys;
        IReadOnlyDictionary<int, bool>? allowed = null;
        if (filter is not null && shared.Count > 0)
        {
            allowed = await filter(shared.Keys, cancellationToken);
            foreach (var number in shared.Keys.Where(n => !allowed.ContainsKey(n)).ToList())
            {
                shared.Remove(number);
            }
        }

        var candidates = await LoadCandidatesAsync(CandidateKeys.SelectForScoring(shared), allowed, cancellationToken);
        var ranked = Rank(queryForms, candidates, scorer);
        if (frequencies.Missing.Count > 0)
        {
            // A name the enquiry's own readings did not predict: fetch its count and score again.
            var missing = frequencies.Missing.ToList();
            var late = (await FetchKeysAsync([], missing, countRecords: false, cancellationToken)).Counts;
            var added = new Dictionary<long, int>();
            Remember(late, missing, added);
            frequencies.Add(added);
            ranked = Rank(queryForms, candidates, scorer);
        }

        return new StoredMatches(ranked, scorer, candidates.Count, frequencies.RecordCount);
    }

    /// <summary>
    /// A scorer weighing with the registry's name counts for what scoring these forms against one another can ask:
    /// for explaining one pair (the duplicate worklist), without reading the registry's records.
    /// </summary>
    public async Task<MatchScorer> ScorerForAsync(IReadOnlyList<PreparedRecord> forms, CancellationToken cancellationToken)
    {
        var (counts, toCount) = CachedCounts(forms);
        var fetched = await FetchKeysAsync([], toCount, statistics.RecordCount is null, cancellationToken);
        return new MatchScorer(MatchModel.Default, Frequencies(fetched, toCount, counts));
    }

    /// <summary>The counts of the frequency keys the forms' readings can ask for: those cached, and those still to fetch.</summary>
    private (Dictionary<long, int> Counts, List<long> ToCount) CachedCounts(IReadOnlyList<PreparedRecord> forms)
    {
        var frequencyKeys = new HashSet<long>();
        foreach (var form in forms)
        {
            var (surnames, givenNames) = FrequencyKeys.ProbedBy(form);
            frequencyKeys.UnionWith(surnames.Select(MatchKeyCalculator.SurnameFrequencyHash));
            frequencyKeys.UnionWith(givenNames.Select(MatchKeyCalculator.GivenNameFrequencyHash));
        }

        var counts = new Dictionary<long, int>();
        var toCount = new List<long>();
        foreach (var key in frequencyKeys)
        {
            if (statistics.TryGetCount(key, out var count))
            {
                counts[key] = count;
            }
            else
            {
                toCount.Add(key);
            }
        }

        return (counts, toCount);
    }

    private StoredRegistryFrequencies Frequencies(FetchedKeys fetched, List<long> counted, Dictionary<long, int> counts)
    {
        Remember(fetched.Counts, counted, counts);
        if (fetched.RecordCount is { } recordCount)
        {
            statistics.SetRecordCount(recordCount);
        }

        return new StoredRegistryFrequencies(fetched.RecordCount ?? statistics.RecordCount ?? 0, counts);
    }

    private void Remember(IReadOnlyDictionary<long, int> fetched, IEnumerable<long> asked, Dictionary<long, int> into)
    {
        foreach (var key in asked)
        {
            // A key no person has is counted as zero: the absence is worth remembering too.
            var count = fetched.GetValueOrDefault(key);
            statistics.SetCount(key, count);
            into[key] = count;
        }
    }

    /// <summary>Every pair of the enquiry's and each candidate's forms scored, the best kept if at least "possible"; best first.</summary>
    internal static List<StoredMatch> Rank(IReadOnlyList<PreparedRecord> queryForms, List<Candidate> candidates, MatchScorer scorer)
    {
        var ranked = new List<StoredMatch>(candidates.Count);
        foreach (var candidate in candidates)
        {
            StoredMatch? best = null;
            foreach (var queryForm in queryForms)
            {
                foreach (var form in candidate.Forms)
                {
                    var score = scorer.ScoreOnly(queryForm, form);
                    if (best is null || score > best.Score)
                    {
                        best = new StoredMatch(candidate.Number, candidate.PersonId, queryForm, form, score, candidate.NotificationOnly);
                    }
                }
            }

            if (best is not null && best.Score >= scorer.Model.PossibleThreshold)
            {
                ranked.Add(best);
            }
        }

        // Equal scores in number order only so that a search repeats exactly; the number carries no evidence.
        ranked.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Number.CompareTo(b.Number);
        });
        return ranked;
    }

    private async Task<List<Candidate>> LoadCandidatesAsync(int[] numbers, IReadOnlyDictionary<int, bool>? allowed, CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>(numbers.Length);
        if (numbers.Length == 0)
        {
            return candidates;
        }

        var table = _tables;
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"SELECT {table.SubjectNumber}, {table.SubjectPerson}, {table.SubjectForms} FROM {table.Subjects} WHERE {table.SubjectNumber} IN ({string.Join(", ", numbers)})");
        await ReadAsync(sql, async reader =>
        {
            while (await ReadRowAsync(reader, cancellationToken))
            {
                var number = reader.GetInt32(0);
                var notificationOnly = allowed is not null && !allowed[number];
                var forms = MatchForms.Split(number.ToString(CultureInfo.InvariantCulture), reader.GetString(2), firstOnly: notificationOnly);
                if (forms.Count > 0)
                {
                    candidates.Add(new Candidate(number, new PersonId(reader.GetGuid(1)), forms, notificationOnly));
                }
            }
        }, cancellationToken);
        return candidates;
    }

    /// <summary>
    /// One round trip: the persons of each key's slice, the counts of frequency keys, and the number of persons. The
    /// keys are one <c>IN</c> list, grouped by key, each group's person numbers joined into one text unless the slice
    /// is over the limit. A statement of one small subquery per key (each with its own <c>LIMIT</c>) would bound the
    /// rows of an oversized slice, but SQLite takes longer to compile a compound statement of a hundred and fifty
    /// parts than to run it; and handing .NET one row per key instead of one per person and key saves a quarter of
    /// the read at a million persons (about 2,600 rows a search; docs/benchmarks.md).
    /// </summary>
    private async Task<FetchedKeys> FetchKeysAsync(List<long> candidateKeys, List<long> frequencyKeys, bool countRecords, CancellationToken cancellationToken)
    {
        var table = _tables;
        var sql = new StringBuilder();
        if (candidateKeys.Count > 0)
        {
            var numbers = db.Database.IsNpgsql() ? $"string_agg(CAST({table.KeyNumber} AS text), ',')" : $"group_concat({table.KeyNumber}, ',')";
            sql.Append(CultureInfo.InvariantCulture,
                $"SELECT {table.Key}, COUNT(*), CASE WHEN COUNT(*) <= {SliceLimit} THEN {numbers} END FROM {table.Keys} WHERE {table.Key} IN ({string.Join(", ", candidateKeys)}) GROUP BY {table.Key};\n");
        }

        if (frequencyKeys.Count > 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {table.Key}, COUNT(*) FROM {table.Keys} WHERE {table.Key} IN ({string.Join(", ", frequencyKeys)}) GROUP BY {table.Key};\n");
        }

        if (countRecords)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM {table.Persons};\n");
        }

        // How many of the enquiry's keys each person shares: the primary key makes each person once per key.
        var shared = new Dictionary<int, int>();
        var counts = new Dictionary<long, int>();
        int? recordCount = null;
        if (sql.Length == 0)
        {
            return new FetchedKeys(shared, counts, recordCount);
        }

        await ReadAsync(sql.ToString(), async reader =>
        {
            if (candidateKeys.Count > 0)
            {
                while (await ReadRowAsync(reader, cancellationToken))
                {
                    if (reader.IsDBNull(2))
                    {
                        statistics.SetOversized(reader.GetInt64(0));
                        continue;
                    }

                    foreach (var number in Numbers(reader.GetString(2)))
                    {
                        shared[number] = shared.GetValueOrDefault(number) + 1;
                    }
                }

                await reader.NextResultAsync(cancellationToken);
            }

            if (frequencyKeys.Count > 0)
            {
                while (await ReadRowAsync(reader, cancellationToken))
                {
                    counts[reader.GetInt64(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                }

                await reader.NextResultAsync(cancellationToken);
            }

            if (countRecords && await ReadRowAsync(reader, cancellationToken))
            {
                recordCount = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            }
        }, cancellationToken);

        return new FetchedKeys(shared, counts, recordCount);
    }

    /// <summary>The person numbers of one slice, as the statement above joins them: decimal digits between commas.</summary>
    private static List<int> Numbers(string joined)
    {
        var numbers = new List<int>(joined.Length / 4 + 1);
        var number = 0;
        foreach (var c in joined)
        {
            if (c == ',')
            {
                numbers.Add(number);
                number = 0;
            }
            else if (c is >= '0' and <= '9')
            {
                number = (number * 10) + (c - '0');
            }
            else
            {
                throw new FormatException($"A slice of person numbers holds '{c}'.");
            }
        }

        numbers.Add(number);
        return numbers;
    }

    /// <summary>
    /// The next row. SQLite's reader is synchronous underneath, and its asynchronous form costs a third more per row:
    /// a search reads a few thousand key rows at a million persons. PostgreSQL's waits on the network, so it stays
    /// asynchronous.
    /// </summary>
    private ValueTask<bool> ReadRowAsync(System.Data.Common.DbDataReader reader, CancellationToken cancellationToken) =>
        _synchronousReads ? ValueTask.FromResult(reader.Read()) : new ValueTask<bool>(reader.ReadAsync(cancellationToken));

    private Task ReadAsync(string sql, Func<System.Data.Common.DbDataReader, Task> read, CancellationToken cancellationToken) =>
        ReadAsync(db, sql, read, cancellationToken);

    /// <summary>Runs one SQL text on the context's connection (and transaction, if any), opening and closing it only if it was closed.</summary>
    internal static async Task ReadAsync(KinlinkDbContext db, string sql, Func<System.Data.Common.DbDataReader, Task> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await read(reader);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed record FetchedKeys(Dictionary<int, int> SharedKeys, IReadOnlyDictionary<long, int> Counts, int? RecordCount);

    internal sealed record Candidate(int Number, PersonId PersonId, IReadOnlyList<PreparedRecord> Forms, bool NotificationOnly);

    /// <summary>The tables' and columns' names as the model maps them, quoted for the provider.</summary>
    private sealed record Tables(string Keys, string Key, string KeyNumber, string Subjects, string SubjectNumber, string SubjectPerson, string SubjectForms, string Persons)
    {
        public static Tables Of(KinlinkDbContext db)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var keys = db.Model.FindEntityType(typeof(PersonMatchKey))!;
            var subjects = db.Model.FindEntityType(typeof(PersonMatchSubject))!;
            var persons = db.Model.FindEntityType(typeof(Domain.Registry.Person))!;
            string Column(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
            return new Tables(
                sql.DelimitIdentifier(keys.GetTableName()!),
                Column(keys, nameof(PersonMatchKey.Key)),
                Column(keys, nameof(PersonMatchKey.Number)),
                sql.DelimitIdentifier(subjects.GetTableName()!),
                Column(subjects, nameof(PersonMatchSubject.Number)),
                Column(subjects, nameof(PersonMatchSubject.PersonId)),
                Column(subjects, nameof(PersonMatchSubject.Forms)),
                sql.DelimitIdentifier(persons.GetTableName()!));
        }
    }
}
