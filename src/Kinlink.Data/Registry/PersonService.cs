using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>Use cases of the registry of persons: search, read, register, edit, record events, health worklist.</summary>
public sealed class PersonService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    public async Task<PagedResult<PersonSummary>> SearchAsync(PersonQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        // A merged record lives on only as a pointer to its survivor: lists show the survivor alone.
        var persons = (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken)).Where(p => p.MergedIntoId == null);

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            persons = FilterByName(persons, query.Name);
        }

        persons = await FilterAsync(persons, query.Party, query.HeldBy, query.Status, query.Place, cancellationToken);

        var total = await persons.CountAsync(cancellationToken);
        var rows = await persons
            .OrderBy(p => EF.Property<string>(p, KinlinkDbContext.SortNameColumn)).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        audit.Record(actor, AuditActions.PersonSearch, DescribeSearch(query, page, pageSize, total), rows.Select(p => p.Id));
        return new PagedResult<PersonSummary>(await SummariseAsync(rows, cancellationToken), total, page, pageSize);
    }

    /// <summary>The list filters (the party a person depends on, the party holding them, status, place), shared by the list and the name search.</summary>
    internal async Task<IQueryable<Person>> FilterAsync(IQueryable<Person> persons, string? party, string? heldBy, PersonStatus? status, string? place, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(party))
        {
            var partyId = await PartyIdAsync(party, "party", cancellationToken);
            persons = persons.Where(p => p.DependsOnPartyId == partyId);
        }

        if (!string.IsNullOrWhiteSpace(heldBy))
        {
            var holder = await PartyIdAsync(heldBy, "heldBy", cancellationToken);
            persons = persons.Where(p => db.Places.Any(pl => pl.Id == p.CurrentPlaceId && pl.HoldingPartyId == holder));
        }

        if (status is { } wanted)
        {
            persons = persons.Where(p => p.CurrentStatus == wanted);
        }

        if (!string.IsNullOrWhiteSpace(place))
        {
            var code = place.Trim().ToUpperInvariant();
            var placeId = await db.Places.Where(p => p.Code == code).Select(p => (PlaceId?)p.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("place", $"'{place}' is not a known place-of-detention code.");
            persons = persons.Where(p => p.CurrentPlaceId == placeId);
        }

        return persons;
    }

    public async Task<PersonRecord> GetAsync(string idOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await FindAsync(idOrReference, tracking: false, actor, cancellationToken);
        var record = await RecordOfAsync(person, actor, cancellationToken);
        audit.Record(actor, AuditActions.PersonRead, $"read {person.Reference.Value}", [person.Id]);
        return record;
    }

    public async Task<Person> RegisterAsync(PersonInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var details = PersonInputReader.Read(input, await PartyService.ConflictPartyCodesAsync(db, cancellationToken));
        await EnsureServiceNumberFreeAsync(details, null, actor, cancellationToken);
        PartyId? registeredBy = actor.IsIntermediary ? null : await PartyIdAsync(actor.PartyCode!, "party", cancellationToken);
        var person = Person.Register(details, await NewReferenceAsync(db, cancellationToken), PersonInputReader.ScriptOf(details.Name), null, $"entered by {actor.UserName}", clock.GetUtcNow(), registeredBy);
        db.Persons.Add(person);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.PersonCreate, $"registered {person.Reference.Value}", [person.Id], PersonFields.Changes(person, []));
        return person;
    }

    /// <summary>
    /// Registers a person a delegate met at a place of detention, with the same reading, service-number check and (on
    /// save) transmission to the party they depend on as <see cref="RegisterAsync"/>, and a registration event at the
    /// place so the registry knows where they are held. Added to the context, not saved: the caller saves it with its
    /// own records (the visit's result) and audits it with <see cref="AuditRegistration"/>.
    /// </summary>
    internal async Task<Person> AddMetAtPlaceAsync(PersonInput input, PlaceId place, DateOnly metOn, string source, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var details = PersonInputReader.Read(input, await PartyService.ConflictPartyCodesAsync(db, cancellationToken));
        await EnsureServiceNumberFreeAsync(details, null, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var person = Person.Register(details, await NewReferenceAsync(db, cancellationToken), PersonInputReader.ScriptOf(details.Name), null, source, now);
        person.RecordEvent(new StatusEventDraft(StatusEventKind.Registered, PartialDate.FromDate(metOn), place, SourceLabel: source), actor, now);
        db.Persons.Add(person);
        return person;
    }

    /// <summary>The audit entry of a registration saved by another service (<see cref="AddMetAtPlaceAsync"/>).</summary>
    internal void AuditRegistration(Person person, string source, Actor actor) =>
        audit.Record(actor, AuditActions.PersonCreate, $"registered {person.Reference.Value} ({source})", [person.Id], PersonFields.Changes(person, []));

    public async Task<Person> UpdateAsync(string idOrReference, PersonInput input, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await FindAsync(idOrReference, tracking: true, actor, cancellationToken);
        await EnsureChangeableAsync(person, actor, cancellationToken);
        ExpectVersion(person, expectedVersion);
        var details = PersonInputReader.Read(input, await PartyService.ConflictPartyCodesAsync(db, cancellationToken));
        await EnsureServiceNumberFreeAsync(details, person.Id, actor, cancellationToken);
        var before = PersonFields.Snapshot(person);
        person.Edit(details, PersonInputReader.ScriptOf(details.Name), clock.GetUtcNow(), actor);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.PersonUpdate, $"edited {person.Reference.Value}", [person.Id], PersonFields.Changes(person, before));
        return person;
    }

    /// <returns>The event recorded, or null when the same event was already on the timeline.</returns>
    public async Task<StatusEvent?> RecordEventAsync(string idOrReference, StatusEventInput input, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var person = await FindAsync(idOrReference, tracking: true, actor, cancellationToken);
        await EnsureChangeableAsync(person, actor, cancellationToken);
        if (expectedVersion is { } version)
        {
            ExpectVersion(person, version);
        }

        var places = await PlaceCodesAsync(db, cancellationToken);
        var draft = StatusEventInputReader.Read(input with { Source = string.IsNullOrWhiteSpace(input.Source) ? $"entered by {actor.UserName}" : input.Source }, places);
        if (!actor.IsIntermediary)
        {
            draft = draft with { ReportedByPartyId = await PartyIdAsync(actor.PartyCode!, "party", cancellationToken) };
        }

        var before = PersonFields.Snapshot(person);
        var added = person.RecordEvent(draft, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        if (added is not null)
        {
            var changes = PersonFields.Changes(person, before);
            changes.Insert(0, new AuditChange(person.Id, "event", null, $"{RegistryCodes.Of(added.Kind)} {added.Date}{(added.IsCorrection ? " (correction)" : "")}"));
            audit.Record(actor, AuditActions.PersonEvent, $"recorded an event for {person.Reference.Value}", [person.Id], changes);
            // Nothing more is carried to a person who died or was released: their mail stops in the same request.
            await Mail.MailStopping.StopForPersonsAsync(db, [person.Id], audit, actor, clock.GetUtcNow(), cancellationToken);
        }

        return added;
    }

    /// <summary>Seriously ill or wounded persons still held whose weekly health news is due within two days or overdue.</summary>
    public async Task<IReadOnlyList<HealthNewsItem>> HealthNewsWorklistAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var flagged = await (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken))
            .Where(p => p.SeriouslyIllOrWounded && (p.CurrentStatus == PersonStatus.Held || p.CurrentStatus == PersonStatus.InHospital))
            .ToListAsync(cancellationToken);
        var due = flagged
            .Select(p => (Person: p, DueOn: p.HealthNewsDueOn() ?? today))
            .Where(x => x.DueOn <= today.AddDays(2))
            .OrderBy(x => x.DueOn).ThenBy(x => x.Person.Surname)
            .ToList();
        var summaries = await SummariseAsync(due.Select(x => x.Person).ToList(), cancellationToken);
        audit.Record(actor, AuditActions.HealthWorklist, "health news worklist", due.Select(x => x.Person.Id));
        return due.Select((x, i) => new HealthNewsItem(summaries[i], x.Person.LastHealthNews?.ToString(), x.DueOn, x.DueOn < today)).ToList();
    }

    internal static async Task<IntermediaryReference> NewReferenceAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = IntermediaryReference.NewRandom();
            if (!await db.Persons.AnyAsync(p => p.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }

    internal static async Task<IReadOnlyDictionary<string, PlaceId>> PlaceCodesAsync(KinlinkDbContext db, CancellationToken cancellationToken) =>
        await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);

    internal async Task<IReadOnlyList<PersonSummary>> SummariseAsync(IReadOnlyList<Person> persons, CancellationToken cancellationToken)
    {
        var placeIds = persons.Where(p => p.CurrentPlaceId is not null).Select(p => p.CurrentPlaceId!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        return persons.Select(p =>
        {
            var place = p.CurrentPlaceId is { } id && places.TryGetValue(id, out var found) ? found : null;
            return new PersonSummary(
                p.Id, p.Reference.Value, p.Surname, p.GivenName, p.Patronymic, LatinReading(p.FullName),
                p.DateOfBirth?.ToString(), p.Category,
                p.DependsOnPartyId is { } party && parties.TryGetValue(party, out var code) ? code : null,
                p.CurrentStatus, p.StatusSince?.ToString(), place?.Code, place?.Name, p.Version);
        }).ToList();
    }

    /// <summary>The Latin reading shown beside a Cyrillic name; empty when the name is already Latin.</summary>
    public static string LatinReading(string name) =>
        ScriptDetector.Detect(name) is NameScript.Cyrillic or NameScript.Mixed ? Transliterator.ToLatin(name) : "";

    private static string DescribeSearch(PersonQuery query, int page, int pageSize, int total)
    {
        var terms = new[] { ("name", query.Name), ("party", query.Party), ("heldBy", query.HeldBy), ("status", query.Status?.ToString()), ("place", query.Place) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"search {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found");
    }

    internal IQueryable<Person> FilterByName(IQueryable<Person> persons, string name)
    {
        var trimmed = name.Trim();
        if (IntermediaryReference.TryParse(trimmed, out var reference))
        {
            return persons.Where(p => p.Reference == reference);
        }

        var serviceNumber = Person.NormaliseServiceNumber(trimmed);
        var asWritten = SearchText.Fold(trimmed);
        var latinUk = SearchText.FoldLatin(trimmed, CyrillicLanguage.Ukrainian);
        var latinRu = SearchText.FoldLatin(trimmed, CyrillicLanguage.Russian);
        string End(string s) => s + '\uffff';
        var (a, aEnd, b, bEnd, c, cEnd) = (asWritten, End(asWritten), latinUk, End(latinUk), latinRu, End(latinRu));
        // Prefix ranges rather than LIKE: they use the key index on both providers and fold nothing at query time.
        var byKey = db.NameSearchKeys
            .Where(k => (string.Compare(k.Key, a) >= 0 && string.Compare(k.Key, aEnd) < 0)
                || (string.Compare(k.Key, b) >= 0 && string.Compare(k.Key, bEnd) < 0)
                || (string.Compare(k.Key, c) >= 0 && string.Compare(k.Key, cEnd) < 0))
            .Select(k => k.PersonId);
        // The matching persons' ids as a list rather than a test per person: the database looks them up by the key
        // index and the service-number index instead of testing every person (0.7 s against 3 ms at 100,000 persons).
        return persons.Where(p => p.ServiceNumber == serviceNumber || byKey.Contains(p.Id));
    }

    private async Task<PersonRecord> RecordOfAsync(Person person, Actor actor, CancellationToken cancellationToken)
    {
        // A tombstone is shown to whoever may see the person it was merged into, as much as they may see of them.
        IntermediaryReference? mergedInto = null;
        var reach = person.MergedIntoId is { } survivor
            ? (await PartyScope.ReachOfAsync(db, actor, [survivor], cancellationToken)).GetValueOrDefault(survivor)
                ?? throw new NotFoundException("Person", person.Reference.Value)
            : await ReachOfAsync(person, actor, cancellationToken);
        if (person.MergedIntoId is { } survivorId)
        {
            mergedInto = await db.Persons.AsNoTracking().Where(p => p.Id == survivorId).Select(p => p.Reference).SingleAsync(cancellationToken);
        }

        var placeIds = person.Events.SelectMany(e => new[] { e.PlaceId, e.FromPlaceId }).Append(person.CurrentPlaceId)
            .Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var sourceIds = person.Events.Select(e => e.SourceListId).Concat(person.NameForms.Select(f => f.SourceListId))
            .Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        var sources = await db.SourceLists.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return new PersonRecord(reach, person, Timeline.Ordered(person.Events), places, parties, sources, mergedInto?.Value);
    }

    private async Task<Person> FindAsync(string idOrReference, bool tracking, Actor actor, CancellationToken cancellationToken)
    {
        var persons = await db.Persons.Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().VisibleToAsync(db, actor, cancellationToken);
        if (!tracking)
        {
            persons = persons.AsNoTracking();
        }

        Person? person = null;
        if (Guid.TryParse(idOrReference, out var guid))
        {
            var id = new PersonId(guid);
            person = await persons.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        }
        else if (IntermediaryReference.TryParse(idOrReference, out var reference))
        {
            person = await persons.SingleOrDefaultAsync(p => p.Reference == reference, cancellationToken);
        }

        return person ?? await TombstoneAsync(idOrReference, tracking, actor, cancellationToken) ?? throw new NotFoundException("Person", idOrReference ?? "");
    }

    /// <summary>
    /// A merged record the account may not see by itself (its events moved to the survivor) but whose survivor it may
    /// see: the reference a party or family was given must still lead to the person.
    /// </summary>
    private async Task<Person?> TombstoneAsync(string idOrReference, bool tracking, Actor actor, CancellationToken cancellationToken)
    {
        var tombstones = db.Persons.Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().Where(p => p.MergedIntoId != null);
        if (!tracking)
        {
            tombstones = tombstones.AsNoTracking();
        }

        Person? tombstone = null;
        if (Guid.TryParse(idOrReference, out var guid))
        {
            var id = new PersonId(guid);
            tombstone = await tombstones.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        }
        else if (IntermediaryReference.TryParse(idOrReference, out var reference))
        {
            tombstone = await tombstones.SingleOrDefaultAsync(p => p.Reference == reference, cancellationToken);
        }

        if (tombstone?.MergedIntoId is not { } survivor)
        {
            return null;
        }

        var visible = await db.Persons.AsNoTracking().Where(p => p.Id == survivor).VisibleToAsync(db, actor, cancellationToken);
        return await visible.AnyAsync(cancellationToken) ? tombstone : null;
    }

    private async Task<PersonReach> ReachOfAsync(Person person, Actor actor, CancellationToken cancellationToken) =>
        (await PartyScope.ReachOfAsync(db, actor, [person.Id], cancellationToken)).GetValueOrDefault(person.Id)
        ?? throw new NotFoundException("Person", person.Reference.Value);

    /// <summary>A party changes only whom it holds now or registered itself; its nationals held by the other side it only reads.</summary>
    private async Task EnsureChangeableAsync(Person person, Actor actor, CancellationToken cancellationToken)
    {
        if (!(await ReachOfAsync(person, actor, cancellationToken)).CanChange)
        {
            throw new ForbiddenException($"{person.Reference} is not held by {actor.PartyCode} nor registered by it, so its officers may read the record but not change it. Changes come from the party that holds the person, through the intermediary.");
        }
    }

    private static void ExpectVersion(Person person, int expectedVersion)
    {
        if (person.Version != expectedVersion)
        {
            throw new ConflictException($"The record of {person.Reference} was changed by someone else (version {person.Version}, you had {expectedVersion}). Reload it and make your change again.");
        }
    }

    private async Task EnsureServiceNumberFreeAsync(PersonDetails details, PersonId? self, Actor actor, CancellationToken cancellationToken)
    {
        var serviceNumber = Person.NormaliseServiceNumber(details.ServiceNumber);
        if (serviceNumber is null || details.DependsOnPartyId is null)
        {
            return;
        }

        var holders = db.Persons.AsNoTracking()
            .Where(p => p.DependsOnPartyId == details.DependsOnPartyId && p.ServiceNumber == serviceNumber && (self == null || p.Id != self));
        if (!await holders.AnyAsync(cancellationToken))
        {
            return;
        }

        // The duplicate is refused either way; only a holder the account may see is named, so the refusal does not
        // tell a party who else the registry keeps.
        var visibleHolder = await (await holders.VisibleToAsync(db, actor, cancellationToken)).Select(p => p.Reference).FirstOrDefaultAsync(cancellationToken);
        throw new ConflictException(visibleHolder is not null
            ? $"Service number {serviceNumber} of that party is already registered as {visibleHolder}."
            : $"Service number {serviceNumber} of that party is already registered for a person outside your party's records. Check the number; if it is right, contact the intermediary.");
    }

    private async Task<PartyId> PartyIdAsync(string code, string field, CancellationToken cancellationToken)
    {
        var wanted = code.Trim().ToUpperInvariant();
        return await db.Parties.Where(p => p.Code == wanted).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationFailedException(field, $"'{code}' is not a known party code.");
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The record was changed by someone else while you were editing it. Reload it and make your change again.");
        }
    }
}
