using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Finds persons by a whole name (and a date of birth, a sex) with the matching engine: on the server's resident
/// index once it is loaded (<see cref="ResidentMatchIndex"/>), otherwise on the stored rows (<see cref="StoredMatcher"/>,
/// as the command line always does); both find, score and rank alike. Candidates are limited to what the actor may see
/// and to the list's filters, scored, ranked and bucketed, the ones shown explained per field. The same service
/// answers the API, the persons page and the command.
/// </summary>
public sealed class PersonMatchSearch(KinlinkDbContext db, PersonService persons, AuditTrail audit, MatchStatisticsCache statistics, ResidentMatchIndex resident)
{
    /// <summary>A key shared by more persons than this is not followed.</summary>
    public const int SliceLimit = CandidateKeys.SliceLimit;

    public const int DefaultTop = 10;

    public const int MaxTop = 100;

    public async Task<PersonMatchResult> SearchAsync(PersonMatchQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var (enquiry, top) = Read(query);
        var prepared = PreparedRecord.From(enquiry);
        var unfiltered = actor.IsIntermediary && query is { Party: null or "", HeldBy: null or "", Status: null, Place: null or "" };
        CandidateFilter? filter = unfiltered ? null : (numbers, ct) => VisibleAsync(numbers, query, actor, ct);
        var found = await resident.FindAsync(db, [prepared], filter, cancellationToken)
            ?? await new StoredMatcher(db, statistics).FindAsync([prepared], filter, cancellationToken);
        var ranked = found.Ranked;
        // A party account sees part of the registry: the explanations keep the weights but not the counts (how many
        // persons the registry holds, how many share a name), which would tell it of persons it may not see.
        var scorer = actor.IsIntermediary ? found.Scorer : found.Scorer.WithoutCounts();

        var shown = ranked.Take(top).ToList();
        var ids = shown.Select(m => m.PersonId).ToList();
        var loaded = (await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).ToDictionary(p => p.Id);
        // A person deleted since the keys were read is left out rather than failing the search.
        shown = shown.Where(m => loaded.ContainsKey(m.PersonId)).ToList();
        var explained = shown.Select(m => (m.PersonId.Value.ToString(), scorer.Score(m.QueryForm, m.Form))).ToList();
        var buckets = Buckets.Assign(explained, ranked.Count > top ? ranked[top].Score : null, scorer.Model);
        var people = shown.Select(m => loaded[m.PersonId]).ToList();
        var summaries = await persons.SummariseAsync(people, cancellationToken);
        var items = shown.Select((m, i) => new PersonMatch(
            summaries[i], people[i].PlaceOfBirth, buckets[i].Score, buckets[i].Bucket, buckets[i].Probability, buckets[i].Explanation, m.NotificationOnly)).ToList();

        audit.Record(actor, AuditActions.PersonSearch,
            string.Create(CultureInfo.InvariantCulture, $"name match search: {items.Count} shown of {ranked.Count} scored at or above the threshold"),
            items.Select(i => i.Person.Id));
        return new PersonMatchResult(items, scorer.Model.Version, scorer.PriorText(), found.CandidatesScored, actor.IsIntermediary ? found.RecordCount : null, scorer.PriorWeight);
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

    /// <summary>
    /// The candidates the actor may see and the list's filters let through, and which of them the actor sees only in
    /// notification form: in that form only the person's current name is compared, the other spellings being the
    /// intermediary's records.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, bool>> VisibleAsync(IReadOnlyCollection<int> numbers, PersonMatchQuery query, Actor actor, CancellationToken cancellationToken)
    {
        var visible = await persons.FilterAsync(await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken), query.Party, query.HeldBy, query.Status, query.Place, cancellationToken);
        var fully = actor.IsIntermediary ? null : await db.Persons.AsNoTracking().FullyVisibleToAsync(db, actor, cancellationToken);
        var allowed = new Dictionary<int, bool>();
        foreach (var chunk in numbers.Chunk(1000))
        {
            var subjects = db.PersonMatchSubjects.AsNoTracking().Where(s => chunk.Contains(s.Number));
            var seen = await subjects.Join(visible, s => s.PersonId, p => p.Id, (s, p) => s.Number).ToListAsync(cancellationToken);
            var full = fully is null ? null : (await subjects.Join(fully, s => s.PersonId, p => p.Id, (s, p) => s.Number).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var number in seen)
            {
                allowed[number] = full is null || full.Contains(number);
            }
        }

        return allowed;
    }
}
