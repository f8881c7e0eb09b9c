using System.Data.Common;
using System.Globalization;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Finds persons by a whole name (and a date of birth, a sex) with the matching engine on the stored keys: the
/// enquiry's keys, one round trip for the persons sharing them (a key shared by more than <see cref="SliceLimit"/>
/// persons is skipped, since it cannot narrow the search), one for the candidates the actor may see with their name
/// forms, then every form scored, the best per person kept, ranked and bucketed. The same service answers the API,
/// the persons page and the command.
/// </summary>
public sealed class PersonMatchSearch(KinlinkDbContext db, PersonService persons, AuditTrail audit, MatchStatisticsCache statistics)
{
    /// <summary>A key shared by more persons than this is not followed.</summary>
    public const int SliceLimit = CandidateKeys.SliceLimit;

    public const int DefaultTop = 10;

    public const int MaxTop = 100;

    // SQLite allows 500 terms in one compound SELECT.
    private const int KeysPerStatement = 400;

    public async Task<PersonMatchResult> SearchAsync(PersonMatchQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var (enquiry, top) = Read(query);
        var prepared = PreparedRecord.From(enquiry);
        var candidateKeys = CandidateKeys.ForQuery(prepared).Select(MatchKeyCalculator.Hash).Distinct().ToList();
        var (surnames, givenNames) = FrequencyKeys.ProbedBy(prepared);
        var frequencyKeys = surnames.Select(MatchKeyCalculator.SurnameFrequencyHash)
            .Concat(givenNames.Select(MatchKeyCalculator.GivenNameFrequencyHash)).Distinct().ToList();

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

        var fetched = await FetchKeysAsync(candidateKeys, toCount, statistics.RecordCount is null, cancellationToken);
        Remember(fetched.Counts, toCount, counts);
        if (fetched.RecordCount is { } recordCount)
        {
            statistics.SetRecordCount(recordCount);
        }

        var frequencies = new StoredRegistryFrequencies(fetched.RecordCount ?? statistics.RecordCount ?? 0, counts);
        var scorer = new MatchScorer(MatchModel.Default, frequencies);
        var candidates = await LoadCandidatesAsync(fetched.PersonIds, query, actor, cancellationToken);

        var ranked = Rank(prepared, candidates, scorer);
        if (frequencies.Missing.Count > 0)
        {
            // A name the enquiry's own readings did not predict: fetch its count and score again.
            var missing = frequencies.Missing.ToList();
            var late = (await FetchKeysAsync([], missing, countRecords: false, cancellationToken)).Counts;
            var added = new Dictionary<long, int>();
            Remember(late, missing, added);
            frequencies.Add(added);
            ranked = Rank(prepared, candidates, scorer);
        }

        var shown = ranked.Take(top).ToList();
        var explained = shown.Select(r => (r.Candidate.Person.Id.Value.ToString(), scorer.Score(prepared, r.Form))).ToList();
        var buckets = Buckets.Assign(explained, ranked.Count > top ? ranked[top].Score : null, scorer.Model);
        var summaries = await persons.SummariseAsync(shown.Select(r => r.Candidate.Person).ToList(), cancellationToken);
        var items = shown.Select((r, i) => new PersonMatch(
            summaries[i], r.Candidate.Person.PlaceOfBirth, buckets[i].Score, buckets[i].Bucket, buckets[i].Probability, buckets[i].Explanation, r.Candidate.NotificationOnly)).ToList();

        audit.Record(actor, AuditActions.PersonSearch,
            string.Create(CultureInfo.InvariantCulture, $"name match search: {items.Count} shown of {ranked.Count} scored at or above the threshold"),
            items.Select(i => i.Person.Id));
        return new PersonMatchResult(items, scorer.Model.Version, scorer.PriorText(), candidates.Count, frequencies.RecordCount, scorer.PriorWeight);
    }

    private static (MatchRecord Enquiry, int Top) Read(PersonMatchQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Q))
        {
            throw new ValidationFailedException("q", "Write the name to search for.");
        }

        if (query.Q.Length > 300)
        {
            throw new ValidationFailedException("q", "A name to search for is at most 300 characters.");
        }

        BirthDate? dateOfBirth = null;
        if (!string.IsNullOrWhiteSpace(query.Dob))
        {
            if (!BirthDate.TryParse(query.Dob, out var date))
            {
                throw new ValidationFailedException("dob", $"\"{query.Dob.Trim()}\" is not a date of birth: write YYYY-MM-DD, YYYY-MM or YYYY.");
            }

            dateOfBirth = date;
        }

        char? sex = query.Sex?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "M" => 'M',
            "F" => 'F',
            _ => throw new ValidationFailedException("sex", $"\"{query.Sex}\" is not a sex: write M or F, or leave it empty."),
        };

        var top = query.Top ?? DefaultTop;
        if (top is < 1 or > MaxTop)
        {
            throw new ValidationFailedException("top", string.Create(CultureInfo.InvariantCulture, $"top is how many candidates to show: 1 to {MaxTop}."));
        }

        return (FreeTextName.Parse(query.Q.Trim(), dateOfBirth, sex), top);
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

    private static List<Ranked> Rank(PreparedRecord enquiry, IReadOnlyList<Candidate> candidates, MatchScorer scorer)
    {
        var ranked = new List<Ranked>(candidates.Count);
        foreach (var candidate in candidates)
        {
            PreparedRecord? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var form in candidate.Forms)
            {
                var score = scorer.ScoreOnly(enquiry, form);
                if (score > bestScore)
                {
                    (best, bestScore) = (form, score);
                }
            }

            if (best is not null && bestScore >= scorer.Model.PossibleThreshold)
            {
                ranked.Add(new Ranked(candidate, best, bestScore));
            }
        }

        // Equal scores in reference order only so that a search repeats exactly; the reference carries no evidence.
        ranked.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Candidate.Person.Reference.Value, b.Candidate.Person.Reference.Value);
        });
        return ranked;
    }

    private async Task<List<Candidate>> LoadCandidatesAsync(IReadOnlyCollection<PersonId> ids, PersonMatchQuery query, Actor actor, CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>(ids.Count);
        if (ids.Count == 0)
        {
            return candidates;
        }

        var visible = await persons.FilterAsync(await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken), query.Party, query.HeldBy, query.Status, query.Place, cancellationToken);
        var fully = actor.IsIntermediary ? null : await db.Persons.AsNoTracking().FullyVisibleToAsync(db, actor, cancellationToken);
        foreach (var chunk in ids.Chunk(1000))
        {
            var loaded = await visible.Where(p => chunk.Contains(p.Id)).Include(p => p.NameForms).AsSplitQuery().ToListAsync(cancellationToken);
            var full = fully is null ? null : (await fully.Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var person in loaded)
            {
                // In notification form only the person's current name is compared: the other spellings are the intermediary's records.
                var notificationOnly = full is not null && !full.Contains(person.Id);
                var names = notificationOnly
                    ? [(person.Surname, person.GivenName, person.Patronymic)]
                    : MatchKeyCalculator.NamesOf(person, person.NameForms);
                var forms = names.Select(n => PreparedRecord.From(MatchKeyCalculator.RecordOf(person.Id, n, person.DateOfBirth, person.Sex, person.PlaceOfBirth))).ToList();
                candidates.Add(new Candidate(person, forms, notificationOnly));
            }
        }

        return candidates;
    }

    /// <summary>
    /// One round trip: the persons of each key's slice (at most <see cref="SliceLimit"/> + 1 rows each, so an
    /// oversized slice shows itself and is dropped), the counts of frequency keys, and the number of persons.
    /// </summary>
    private async Task<FetchedKeys> FetchKeysAsync(List<long> candidateKeys, List<long> frequencyKeys, bool countRecords, CancellationToken cancellationToken)
    {
        var table = KeysTable.Of(db);
        var sql = new StringBuilder();
        var statements = 0;
        foreach (var chunk in candidateKeys.Chunk(KeysPerStatement))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : " UNION ALL ")
                    .Append(CultureInfo.InvariantCulture, $"SELECT k, p FROM (SELECT {table.Key} AS k, {table.Person} AS p FROM {table.Name} WHERE {table.Key} = {chunk[i]} LIMIT {SliceLimit + 1}) AS s{i}");
            }

            sql.Append(";\n");
            statements++;
        }

        if (frequencyKeys.Count > 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {table.Key}, COUNT(*) FROM {table.Name} WHERE {table.Key} IN ({string.Join(", ", frequencyKeys)}) GROUP BY {table.Key};\n");
        }

        if (countRecords)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM {table.Persons};\n");
        }

        var slices = new Dictionary<long, List<PersonId>>();
        var counts = new Dictionary<long, int>();
        int? recordCount = null;
        if (sql.Length == 0)
        {
            return new FetchedKeys([], counts, recordCount);
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql.ToString();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            for (var s = 0; s < statements; s++)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = reader.GetInt64(0);
                    if (!slices.TryGetValue(key, out var slice))
                    {
                        slices[key] = slice = [];
                    }

                    slice.Add(new PersonId(reader.GetGuid(1)));
                }

                await reader.NextResultAsync(cancellationToken);
            }

            if (frequencyKeys.Count > 0)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts[reader.GetInt64(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                }

                await reader.NextResultAsync(cancellationToken);
            }

            if (countRecords && await reader.ReadAsync(cancellationToken))
            {
                recordCount = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var ids = slices.Values.Where(s => s.Count <= SliceLimit).SelectMany(s => s).ToHashSet();
        return new FetchedKeys(ids, counts, recordCount);
    }

    private sealed record FetchedKeys(IReadOnlyCollection<PersonId> PersonIds, IReadOnlyDictionary<long, int> Counts, int? RecordCount);

    private sealed record Candidate(Person Person, IReadOnlyList<PreparedRecord> Forms, bool NotificationOnly);

    private sealed record Ranked(Candidate Candidate, PreparedRecord Form, double Score);

    /// <summary>The key table's and the persons table's names as the model maps them, quoted for the provider.</summary>
    private sealed record KeysTable(string Name, string Key, string Person, string Persons)
    {
        public static KeysTable Of(KinlinkDbContext db)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var keys = db.Model.FindEntityType(typeof(PersonMatchKey))!;
            var persons = db.Model.FindEntityType(typeof(Person))!;
            return new KeysTable(
                sql.DelimitIdentifier(keys.GetTableName()!),
                sql.DelimitIdentifier(keys.FindProperty(nameof(PersonMatchKey.Key))!.GetColumnName()),
                sql.DelimitIdentifier(keys.FindProperty(nameof(PersonMatchKey.PersonId))!.GetColumnName()),
                sql.DelimitIdentifier(persons.GetTableName()!));
        }
    }
}
