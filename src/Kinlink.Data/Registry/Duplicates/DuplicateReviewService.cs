using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// The duplicate worklist and its decisions: show pairs, merge two records into one, dismiss a pair as two
/// persons, and split a merge again. The worklist is the intermediary's own work: it compares records across
/// both parties' lists, so no party's account may read it.
/// </summary>
public sealed class DuplicateReviewService(KinlinkDbContext db, PersonService persons, TimeProvider clock, AuditTrail audit)
{
    public const int MaxReasonLength = 1000;

    /// <summary>Pairs in a state (open by default), likely first, then by score; open pairs whose persons are both still live.</summary>
    public async Task<PagedResult<DuplicatePairSummary>> ListAsync(DuplicatePairState state, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var pairs = db.DuplicatePairs.AsNoTracking().Where(p => p.State == state);
        if (state == DuplicatePairState.Open)
        {
            pairs = pairs.Where(p => db.Persons.Any(x => x.Id == p.FirstPersonId && x.MergedIntoId == null)
                && db.Persons.Any(x => x.Id == p.SecondPersonId && x.MergedIntoId == null));
        }

        var total = await pairs.CountAsync(cancellationToken);
        // The bucket is stored by name, and "Likely" sorts before "Possible".
        var rows = await pairs.OrderBy(p => p.Bucket).ThenByDescending(p => p.Score).ThenBy(p => p.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = rows.SelectMany(p => new[] { p.FirstPersonId, p.SecondPersonId }).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var summaries = (await persons.SummariseAsync(people, cancellationToken)).ToDictionary(s => s.Id);
        audit.Record(actor, AuditActions.DuplicatesList, string.Create(CultureInfo.InvariantCulture,
            $"duplicate worklist {state.ToString().ToLowerInvariant()} page {pageNumber} of size {size}, {total} found"), ids);
        return new PagedResult<DuplicatePairSummary>(
            rows.Select(p => new DuplicatePairSummary(p, summaries[p.FirstPersonId], summaries[p.SecondPersonId])).ToList(), total, pageNumber, size);
    }

    public async Task<DuplicatePairView> GetAsync(DuplicatePairId id, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var pair = await db.DuplicatePairs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Duplicate pair", id.ToString());
        var first = await SideAsync(pair.FirstPersonId, cancellationToken);
        var second = await SideAsync(pair.SecondPersonId, cancellationToken);
        var merge = pair.MergeId is { } mergeId
            ? await db.PersonMerges.AsNoTracking().Include(m => m.Fields).SingleAsync(m => m.Id == mergeId, cancellationToken)
            : null;
        var (score, explanation, prior, firstForm, secondForm, reasons) = await ExplainAsync(first.Person, second.Person, cancellationToken);
        audit.Record(actor, AuditActions.DuplicateRead, $"duplicate pair {first.Person.Reference.Value} / {second.Person.Reference.Value}", [first.Person.Id, second.Person.Id]);
        return new DuplicatePairView(pair, first, second, score, explanation, prior, firstForm, secondForm, OlderOf(first.Person, second.Person).Id, merge, reasons);
    }

    /// <param name="survivor">Id or reference of the person who stays; null for the older registration.</param>
    public async Task<PersonMerge> MergeAsync(DuplicatePairId id, string? survivor, string? reason, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, required: false);
        var pair = await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Duplicate pair", id.ToString());
        ExpectVersion(pair, expectedVersion);
        var first = await LoadTrackedAsync(pair.FirstPersonId, cancellationToken);
        var second = await LoadTrackedAsync(pair.SecondPersonId, cancellationToken);
        var kept = string.IsNullOrWhiteSpace(survivor) ? OlderOf(first, second)
            : Is(first, survivor) ? first
            : Is(second, survivor) ? second
            : throw new ValidationFailedException("survivor", $"'{survivor}' is neither {first.Reference} nor {second.Reference}: name one of the pair.");
        var absorbed = kept == first ? second : first;
        if (pair.State != DuplicatePairState.Open)
        {
            throw new ConflictException($"This pair was already decided ({pair.State.ToString().ToLowerInvariant()}).");
        }

        var before = PersonFields.Snapshot(kept);
        var merge = PersonMerge.Merge(kept, absorbed, note, actor, clock.GetUtcNow());
        db.PersonMerges.Add(merge);
        await MoveSearchKeysAsync(merge, absorbed.Id, kept.Id, cancellationToken);
        pair.Merged(merge.Id, note, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);

        var changes = PersonFields.Changes(kept, before);
        changes.Insert(0, new AuditChange(kept.Id, "merged", null, $"{absorbed.Reference.Value} merged in: {merge.Rows.Count} name forms and events moved"));
        changes.Insert(1, new AuditChange(absorbed.Id, "merged_into", null, kept.Reference.Value));
        changes.AddRange(merge.Conflicts.Select(c => new AuditChange(kept.Id, $"conflict {c.Field}", c.SurvivorValue, c.AbsorbedValue)));
        audit.Record(actor, AuditActions.PersonMerge, $"merged {absorbed.Reference.Value} into {kept.Reference.Value}", [kept.Id, absorbed.Id], changes);
        return merge;
    }

    public async Task<DuplicatePair> DismissAsync(DuplicatePairId id, string? reason, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, required: true);
        var pair = await db.DuplicatePairs.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Duplicate pair", id.ToString());
        ExpectVersion(pair, expectedVersion);
        var versions = await db.Persons.AsNoTracking().Where(p => p.Id == pair.FirstPersonId || p.Id == pair.SecondPersonId)
            .ToDictionaryAsync(p => p.Id, p => (p.Version, p.Reference), cancellationToken);
        pair.Dismiss(note, versions[pair.FirstPersonId].Version, versions[pair.SecondPersonId].Version, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.DuplicateDismiss,
            $"not the same person: {versions[pair.FirstPersonId].Reference.Value} and {versions[pair.SecondPersonId].Reference.Value} ({note})", [pair.FirstPersonId, pair.SecondPersonId]);
        return pair;
    }

    /// <summary>Undoes a merge exactly; the pair is then recorded as two persons, so a scan does not propose it again until one changes.</summary>
    public async Task<PersonMerge> SplitAsync(PersonMergeId id, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, required: false);
        var merge = await db.PersonMerges.Include(m => m.Rows).Include(m => m.Fields).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Merge", id.ToString());
        var survivor = await LoadTrackedAsync(merge.SurvivorId, cancellationToken);
        var absorbed = await LoadTrackedAsync(merge.AbsorbedId, cancellationToken);
        var before = PersonFields.Snapshot(survivor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        merge.Split(survivor, absorbed, actor, clock.GetUtcNow());
        await MoveSearchKeysAsync(merge, survivor.Id, absorbed.Id, cancellationToken);
        await SaveAsync(cancellationToken);

        // The persons' versions moved with the save; the split's decision is recorded against the new ones.
        if (await db.DuplicatePairs.SingleOrDefaultAsync(p => p.MergeId == merge.Id, cancellationToken) is { } pair)
        {
            var (firstVersion, secondVersion) = pair.FirstPersonId == survivor.Id ? (survivor.Version, absorbed.Version) : (absorbed.Version, survivor.Version);
            pair.Split(note.Length > 0 ? note : "merge undone", firstVersion, secondVersion, actor, clock.GetUtcNow());
            await SaveAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var changes = PersonFields.Changes(survivor, before);
        changes.Insert(0, new AuditChange(survivor.Id, "split", null, $"{absorbed.Reference.Value} split off again: {merge.Rows.Count} name forms and events moved back"));
        changes.Insert(1, new AuditChange(absorbed.Id, "merged_into", survivor.Reference.Value, null));
        audit.Record(actor, AuditActions.PersonSplit, $"split {absorbed.Reference.Value} off {survivor.Reference.Value}{(note.Length > 0 ? $" ({note})" : "")}", [survivor.Id, absorbed.Id], changes);
        return merge;
    }

    /// <summary>The merges a person took part in, newest first: the tombstone's page links its merge, the survivor's its splits.</summary>
    public async Task<IReadOnlyList<PersonMerge>> MergesOfAsync(PersonId person, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        return await db.PersonMerges.AsNoTracking().Where(m => m.SurvivorId == person || m.AbsorbedId == person)
            .OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
    }

    private static void EnsureIntermediary(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("The duplicate worklist is the intermediary's: it compares records across both parties' lists.");
        }
    }

    private static string Reason(string? reason, bool required)
    {
        var text = (reason ?? "").Trim();
        if (required && text.Length == 0)
        {
            throw new ValidationFailedException("reason", "Say why these are not the same person, for example \"another father, born 1988\".");
        }

        return text.Length > MaxReasonLength
            ? throw new ValidationFailedException("reason", $"The reason is at most {MaxReasonLength} characters.")
            : text;
    }

    private static void ExpectVersion(DuplicatePair pair, int? expectedVersion)
    {
        if (expectedVersion is { } version && version != pair.Version)
        {
            throw new ConflictException($"This pair was changed by someone else (version {pair.Version}, you had {version}). Reload it and decide again.");
        }
    }

    private static bool Is(Person person, string idOrReference) =>
        (Guid.TryParse(idOrReference, out var guid) && person.Id.Value == guid)
        || (IntermediaryReference.TryParse(idOrReference.Trim(), out var reference) && person.Reference == reference);

    /// <summary>The older registration survives: its reference is the one families and parties have had longest.</summary>
    private static Person OlderOf(Person a, Person b) =>
        a.CreatedAt < b.CreatedAt || (a.CreatedAt == b.CreatedAt && a.Id.Value.CompareTo(b.Id.Value) <= 0) ? a : b;

    private async Task<Person> LoadTrackedAsync(PersonId id, CancellationToken cancellationToken) =>
        await db.Persons.Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Person", id.ToString());

    /// <summary>The name search keys belong to their name form: they follow it to whichever person now holds it.</summary>
    private async Task MoveSearchKeysAsync(PersonMerge merge, PersonId from, PersonId to, CancellationToken cancellationToken)
    {
        var formIds = merge.Rows.Where(r => r.Kind == PersonMergeRowKind.NameForm).Select(r => new NameFormId(r.RowId)).ToList();
        foreach (var chunk in formIds.Chunk(500))
        {
            foreach (var key in await db.NameSearchKeys.Where(k => chunk.Contains(k.NameFormId) && k.PersonId == from).ToListAsync(cancellationToken))
            {
                key.PersonId = to;
            }
        }
    }

    private async Task<DuplicateSide> SideAsync(PersonId id, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Person", id.ToString());
        var placeIds = person.Events.SelectMany(e => new[] { e.PlaceId, e.FromPlaceId }).Append(person.CurrentPlaceId)
            .Where(p => p is not null).Select(p => p!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var sourceIds = person.Events.Select(e => e.SourceListId).Concat(person.NameForms.Select(f => f.SourceListId))
            .Where(s => s is not null).Select(s => s!.Value).Distinct().ToList();
        var sources = await db.SourceLists.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var party = person.DependsOnPartyId is { } partyId
            ? await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        var mergedInto = person.MergedIntoId is { } survivor
            ? (await db.Persons.AsNoTracking().Where(p => p.Id == survivor).Select(p => p.Reference).SingleOrDefaultAsync(cancellationToken))?.Value
            : null;
        return new DuplicateSide(person, Timeline.Ordered(person.Events), places, sources, party, mergedInto);
    }

    /// <summary>
    /// The engine's reasons, computed now rather than stored: the two name forms that agree best, weighed with the
    /// live registry's name frequencies (counted from the stored frequency keys, as a search counts them), so the
    /// explanation follows the registry and the model as they are today.
    /// </summary>
    private async Task<(double Score, IReadOnlyList<string> Lines, string Prior, string FirstForm, string SecondForm, MatchReasons Reasons)> ExplainAsync(Person first, Person second, CancellationToken cancellationToken)
    {
        var firstForms = RegistryMatchRecords.Of(first).Select(r => (Record: r, Prepared: PreparedRecord.From(r))).ToList();
        var secondForms = RegistryMatchRecords.Of(second).Select(r => (Record: r, Prepared: PreparedRecord.From(r))).ToList();
        var scorer = await new StoredMatcher(db, new MatchStatisticsCache(clock))
            .ScorerForAsync(firstForms.Concat(secondForms).Select(f => f.Prepared).ToList(), cancellationToken);
        if (firstForms.Count == 0 || secondForms.Count == 0)
        {
            return (double.NaN, [], scorer.PriorText(), "", "", MatchReasons.Of(null, scorer));
        }

        var best = firstForms.SelectMany(a => secondForms.Select(b => (A: a.Record, B: b.Record, Pair: scorer.Score(a.Prepared, b.Prepared))))
            .MaxBy(x => x.Pair.Score);

        static string Written(MatchRecord r) => string.Join(' ', new[] { r.Surname, r.GivenName, r.Patronymic }.Where(s => !string.IsNullOrEmpty(s)));
        return (best.Pair.Score, best.Pair.Explanation.Select(e => e.Text).ToList(), scorer.PriorText(), Written(best.A), Written(best.B), MatchReasons.Of(best.Pair, scorer));
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("A record of this pair was changed by someone else meanwhile. Reload the pair and decide again.");
        }
    }
}
