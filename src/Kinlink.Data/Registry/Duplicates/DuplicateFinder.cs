using System.Diagnostics;
using System.Globalization;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// Finds records in the registry that are likely or possibly the same person: each query person's name forms are
/// searched against the registry, the person's own records left out, and every other person scoring at least
/// "possible" becomes a pair, stored once whichever side asked. After an import (and in the demo seed) only the new
/// or updated persons ask, each through the stored keys and prepared forms (<see cref="StoredMatcher"/>), so the
/// cost grows with the list, not with the registry. A scan of everyone indexes the live registry in memory once
/// instead. The findings go to the intermediary's worklist, whoever sent the list.
/// </summary>
internal sealed class DuplicateFinder(KinlinkDbContext db, TimeProvider clock)
{
    /// <summary>Candidates asked for per name form, beyond the query person's own records.</summary>
    private const int CandidatesPerForm = 10;

    /// <summary>
    /// A "possible" pair below even odds (score 0 bits, probability 0.5) is not put on the worklist: a full scan of
    /// the 10,000-person demo found about two such pairs per person (namesakes sharing a surname and a year), which
    /// would bury the few real duplicates. Likely pairs always qualify.
    /// </summary>
    internal const double WorklistFloor = 0;

    /// <param name="queryPersons">The persons to look for duplicates of; null for everyone.</param>
    public async Task<DuplicateScanResult> FindAsync(IReadOnlyCollection<PersonId>? queryPersons, CancellationToken cancellationToken)
    {
        if (queryPersons is not null)
        {
            return await FindStoredAsync(queryPersons, cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        var (records, versions) = await RegistryMatchRecords.LoadAsync(db, cancellationToken);
        if (records.Count == 0)
        {
            return new DuplicateScanResult(versions.Count, 0, 0, 0, 0, 0, watch.Elapsed);
        }

        var matcher = new InMemoryMatcher(records);
        var formsPerPerson = records.GroupBy(r => RegistryMatchRecords.PersonOf(r.Id)).ToDictionary(g => g.Key, g => g.Count());
        var found = FindPairs(matcher, records, formsPerPerson, cancellationToken);
        var (created, reopened) = await StoreWithRetryAsync(found, versions, null, matcher.Scorer.Model.Version, cancellationToken);
        var likelyOpen = await db.DuplicatePairs.CountAsync(p => p.State == DuplicatePairState.Open && p.Bucket == MatchBucket.Likely, cancellationToken);
        return new DuplicateScanResult(versions.Count, formsPerPerson.Count, found.Count, created, reopened, likelyOpen, watch.Elapsed);
    }

    /// <summary>The given persons' duplicates through the stored keys and forms, one search per person.</summary>
    private async Task<DuplicateScanResult> FindStoredAsync(IReadOnlyCollection<PersonId> queryPersons, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var wanted = queryPersons.ToHashSet();
        var subjects = new List<(int Number, PersonId PersonId, string Forms)>();
        foreach (var chunk in wanted.Chunk(500))
        {
            subjects.AddRange((await db.PersonMatchSubjects.AsNoTracking()
                    .Where(s => chunk.Contains(s.PersonId))
                    .Join(db.Persons.Where(p => p.MergedIntoId == null), s => s.PersonId, p => p.Id, (s, p) => new { s.Number, s.PersonId, s.Forms })
                    .ToListAsync(cancellationToken))
                .Select(s => (s.Number, s.PersonId, s.Forms)));
        }

        var registryPersons = await db.Persons.CountAsync(p => p.MergedIntoId == null, cancellationToken);
        if (subjects.Count == 0)
        {
            return new DuplicateScanResult(registryPersons, 0, 0, 0, 0, 0, watch.Elapsed);
        }

        var matcher = new StoredMatcher(db, new MatchStatisticsCache(clock));
        var rankings = new List<(PersonId Person, IReadOnlyList<(PersonId Other, double Score)> Others)>(subjects.Count);
        foreach (var subject in subjects)
        {
            var forms = MatchForms.Split(subject.Number.ToString(CultureInfo.InvariantCulture), subject.Forms);
            if (forms.Count == 0)
            {
                continue;
            }

            var found = await matcher.FindAsync(forms, (numbers, _) => Task.FromResult<IReadOnlyDictionary<int, bool>>(
                numbers.Where(n => n != subject.Number).ToDictionary(n => n, _ => true)), cancellationToken);
            rankings.Add((subject.PersonId, found.Ranked.Take(CandidatesPerForm).Select(m => (m.PersonId, m.Score)).ToList()));
        }

        var model = MatchModel.Default;
        var pairs = PairsOf(rankings, model);
        var involved = pairs.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
        var versions = new Dictionary<PersonId, int>();
        foreach (var chunk in involved.Chunk(500))
        {
            foreach (var person in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken))
            {
                versions[person.Id] = person.Version;
            }
        }

        var (created, reopened) = await StoreWithRetryAsync(pairs, versions, wanted, model.Version, cancellationToken);
        var likelyOpen = await db.DuplicatePairs.CountAsync(p => p.State == DuplicatePairState.Open && p.Bucket == MatchBucket.Likely, cancellationToken);
        return new DuplicateScanResult(registryPersons, rankings.Count, pairs.Count, created, reopened, likelyOpen, watch.Elapsed);
    }

    /// <summary>
    /// Each query person's best score against every other person, bucketed as the engine buckets one enquiry's
    /// candidates (likely only when clearly ahead of the next person), then each pair kept once with the better
    /// of its two directions.
    /// </summary>
    private static Dictionary<(PersonId, PersonId), (double Score, MatchBucket Bucket)> FindPairs(
        InMemoryMatcher matcher, List<MatchRecord> queries, Dictionary<PersonId, int> formsPerPerson, CancellationToken cancellationToken)
    {
        var model = matcher.Scorer.Model;
        var results = new IReadOnlyList<MatchCandidate>[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var self = RegistryMatchRecords.PersonOf(queries[i].Id);
            results[i] = matcher.Find(queries[i], CandidatesPerForm + formsPerPerson.GetValueOrDefault(self));
        });

        var rankings = queries.Select((q, i) => (Person: RegistryMatchRecords.PersonOf(q.Id), Candidates: results[i])).GroupBy(x => x.Person)
            .Select(group =>
            {
                var best = new Dictionary<PersonId, double>();
                foreach (var candidate in group.SelectMany(x => x.Candidates))
                {
                    var other = RegistryMatchRecords.PersonOf(candidate.RecordId);
                    if (other != group.Key && (!best.TryGetValue(other, out var score) || candidate.Score > score))
                    {
                        best[other] = candidate.Score;
                    }
                }

                return (group.Key, (IReadOnlyList<(PersonId, double)>)best.OrderByDescending(b => b.Value).Select(b => (b.Key, b.Value)).ToList());
            }).ToList();
        return PairsOf(rankings, model);
    }

    /// <summary>
    /// Pairs from each query person's other persons, best first: the first is likely when it clears the likely
    /// threshold by the margin over the next, the rest are possible when they clear the worklist floor; a pair
    /// found from both sides keeps the better score and bucket.
    /// </summary>
    private static Dictionary<(PersonId, PersonId), (double Score, MatchBucket Bucket)> PairsOf(
        IEnumerable<(PersonId Person, IReadOnlyList<(PersonId Other, double Score)> Others)> rankings, MatchModel model)
    {
        var pairs = new Dictionary<(PersonId, PersonId), (double Score, MatchBucket Bucket)>();
        foreach (var (person, ranked) in rankings)
        {
            for (var i = 0; i < ranked.Count; i++)
            {
                var next = i + 1 < ranked.Count ? ranked[i + 1].Score : double.NegativeInfinity;
                var likely = i == 0 && ranked[i].Score >= model.LikelyThreshold && ranked[i].Score - next >= model.LikelyMargin;
                var key = DuplicatePair.Order(person, ranked[i].Other);
                if (!likely && ranked[i].Score < WorklistFloor)
                {
                    continue;
                }

                var bucket = likely ? MatchBucket.Likely : MatchBucket.Possible;
                if (pairs.TryGetValue(key, out var known))
                {
                    pairs[key] = (Math.Max(known.Score, ranked[i].Score), known.Bucket == MatchBucket.Likely ? MatchBucket.Likely : bucket);
                }
                else
                {
                    pairs[key] = (ranked[i].Score, bucket);
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Two scans at once (two imports, or an import during a full scan) may find the same new pair; the pair's
    /// unique index refuses the second insert, and the loser stores its findings again over what the winner wrote.
    /// </summary>
    private async Task<(int Created, int Reopened)> StoreWithRetryAsync(
        Dictionary<(PersonId, PersonId), (double Score, MatchBucket Bucket)> found, Dictionary<PersonId, int> versions,
        HashSet<PersonId>? queryPersons, string modelVersion, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreAsync(found, versions, queryPersons, modelVersion, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(int Created, int Reopened)> StoreAsync(
        Dictionary<(PersonId, PersonId), (double Score, MatchBucket Bucket)> found, Dictionary<PersonId, int> versions,
        HashSet<PersonId>? queryPersons, string modelVersion, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<(PersonId, PersonId), DuplicatePair>();
        if (queryPersons is null)
        {
            foreach (var pair in await db.DuplicatePairs.ToListAsync(cancellationToken))
            {
                existing[(pair.FirstPersonId, pair.SecondPersonId)] = pair;
            }
        }
        else
        {
            foreach (var chunk in queryPersons.Chunk(500))
            {
                foreach (var pair in await db.DuplicatePairs.Where(p => chunk.Contains(p.FirstPersonId) || chunk.Contains(p.SecondPersonId)).ToListAsync(cancellationToken))
                {
                    existing[(pair.FirstPersonId, pair.SecondPersonId)] = pair;
                }
            }
        }

        var now = clock.GetUtcNow();
        int created = 0, reopened = 0;
        foreach (var ((first, second), (score, bucket)) in found)
        {
            if (!existing.TryGetValue((first, second), out var pair))
            {
                db.DuplicatePairs.Add(DuplicatePair.Found(first, second, score, bucket, modelVersion, now));
                created++;
                continue;
            }

            var wasOpen = pair.State == DuplicatePairState.Open;
            if (pair.FoundAgain(score, bucket, modelVersion, versions[first], versions[second], now) && !wasOpen)
            {
                reopened++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (created, reopened);
    }
}
