using System.Globalization;
using System.Linq.Expressions;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;
using Microsoft.EntityFrameworkCore;
using Col = Kinlink.Data.Registry.ImportColumns;

namespace Kinlink.Data.Registry.ListFiles;

/// <summary>
/// Applies the rows of one list, batch by batch, to the persons they are about. Each row is all or nothing:
/// it is checked completely before it changes anything, and a refused row leaves every person as it was.
/// </summary>
internal sealed class ListImportRun(
    KinlinkDbContext db,
    ListColumns columns,
    IReadOnlyDictionary<string, PartyId> parties,
    IReadOnlyDictionary<string, PlaceId> places,
    SourceList sourceList,
    Actor actor,
    DateTimeOffset now)
{
    /// <summary>Values per IN list: well inside the parameter limits of SQLite and PostgreSQL.</summary>
    private const int LookupChunk = 1000;

    private readonly HashSet<PersonId> _created = [];
    private readonly HashSet<PersonId> _updated = [];
    private readonly Dictionary<PartyId, string> _partyCodes = parties.ToDictionary(p => p.Value, p => p.Key);
    private ImportPersonIndex _index = new();

    /// <summary>
    /// For a party's officer, what it may do with each stored person of the batch (absent: a person it may not see);
    /// null for the intermediary, who may change everyone. The index still holds every person the rows name, so a
    /// duplicate is refused rather than failing the save; this decides which of them a row may be matched to.
    /// </summary>
    private IReadOnlyDictionary<PersonId, PersonReach>? _reach;
    private Queue<IntermediaryReference> _newReferences = new();

    /// <summary>
    /// When set, the persons the rows create are kept here, untracked, for the caller to write (and empty) after each
    /// batch; when null, they are added to the context and saved with it.
    /// </summary>
    public List<Person>? NewPersons { get; init; }

    public int RowsAccepted { get; private set; }

    public int RowsRejected { get; private set; }

    public int PersonsCreated => _created.Count;

    /// <summary>Persons known before this list that it changed (a detail, a spelling or an event); a person it created is not counted again.</summary>
    public int PersonsUpdated => _updated.Count;

    public int EventsAdded { get; private set; }

    public List<ImportRowError> Errors { get; } = [];

    /// <summary>Persons created or changed by the list, in the order the rows came.</summary>
    public List<PersonId> Touched { get; } = [];

    /// <summary>Fields changed, for the audit trail.</summary>
    public List<AuditChange> Changes { get; } = [];

    /// <summary>
    /// Loads, with a few queries, every stored person the rows of a batch can be about: by reference, by service
    /// number, and by name for rows that have neither. Persons stored by earlier batches of this list are found the
    /// same way, since they were saved in the same transaction.
    /// </summary>
    public async Task LoadBatchAsync(IReadOnlyList<ListRow> rows, IReadOnlySet<IntermediaryReference> referencesInFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(referencesInFile);
        _index = new ImportPersonIndex();

        var references = rows.Select(ReferenceOf).OfType<IntermediaryReference>().Distinct().ToList();
        foreach (var chunk in references.Chunk(LookupChunk))
        {
            await LoadAsync(p => chunk.Contains(p.Reference), cancellationToken);
        }

        var nameKeys = rows
            .Where(r => ReferenceOf(r) is null && Person.NormaliseServiceNumber(columns.Value(r, Col.ServiceNumber)) is null && !string.IsNullOrWhiteSpace(columns.Value(r, Col.Surname)))
            .Select(r => StoredNameKey(columns.Value(r, Col.Surname), columns.Value(r, Col.GivenName), columns.Value(r, Col.Patronymic)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var named = new HashSet<PersonId>();
        foreach (var chunk in nameKeys.Chunk(LookupChunk))
        {
            named.UnionWith(await db.NameSearchKeys.Where(k => chunk.Contains(k.Key)).Select(k => k.PersonId).Distinct().ToListAsync(cancellationToken));
        }

        foreach (var chunk in named.Chunk(LookupChunk))
        {
            await LoadAsync(p => chunk.Contains(p.Id), cancellationToken);
        }

        // Service numbers of the rows, and those of persons already found: a row can move a person's number to
        // another party, and the holder of that number there must be known to refuse the row rather than fail the save.
        var serviceNumbers = rows.Select(r => Person.NormaliseServiceNumber(columns.Value(r, Col.ServiceNumber)))
            .Concat(db.ChangeTracker.Entries<Person>().Select(e => e.Entity.ServiceNumber))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in serviceNumbers.Chunk(LookupChunk))
        {
            // One query per party (and one for none): the only index on service numbers leads with the party, and a
            // query on the number alone would scan every person for every batch.
            foreach (var party in parties.Values)
            {
                await LoadAsync(p => p.DependsOnPartyId == party && chunk.Contains(p.ServiceNumber!), cancellationToken);
            }

            await LoadAsync(p => p.DependsOnPartyId == null && chunk.Contains(p.ServiceNumber!), cancellationToken);
        }

        _newReferences = await NewReferencesAsync(rows.Count(r => ReferenceOf(r) is null), referencesInFile, cancellationToken);
        _reach = actor.IsIntermediary
            ? null
            : await PartyScope.ReachOfAsync(db, actor, db.ChangeTracker.Entries<Person>().Select(e => e.Entity.Id).ToList(), cancellationToken);
    }

    /// <summary>Checks one row and, when it is right, applies it; otherwise records why not, column by column.</summary>
    public void Apply(ListRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<ImportRowError>();
        ApplyRow(row, errors);
        if (errors.Count == 0)
        {
            RowsAccepted++;
        }
        else
        {
            RowsRejected++;
            Errors.AddRange(errors);
        }
    }

    private void ApplyRow(ListRow row, List<ImportRowError> errors)
    {
        string? V(string column) => columns.Value(row, column);
        void Error(string column, string reason) => errors.Add(new ImportRowError(row.Line, column, reason));

        for (var i = columns.Width; i < row.Cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
            {
                // In CSV this is nearly always an unquoted separator inside a value, which shifts every column after it.
                Error($"column {i + 1}", $"'{row.Cells[i].Trim()}' stands beyond the last named column: check for a comma or semicolon in a value that is not in quotes.");
            }
        }

        var (surname, givenName, patronymic) = (V(Col.Surname), V(Col.GivenName), V(Col.Patronymic));
        var hasName = !string.IsNullOrWhiteSpace(surname) || !string.IsNullOrWhiteSpace(givenName) || !string.IsNullOrWhiteSpace(patronymic);
        var referenceText = V(Col.IntermediaryRef);
        var serviceNumber = Person.NormaliseServiceNumber(V(Col.ServiceNumber));
        var partyText = V(Col.DependsOn);
        PartyId? party = null;
        var partyKnown = string.IsNullOrWhiteSpace(partyText) || TryParty(partyText, out party);

        // Which person the row is about: its reference, else its party and service number, else (with neither) its name.
        Person? person = null;
        IntermediaryReference? reference = null;
        var identifierRefused = false;
        if (!string.IsNullOrWhiteSpace(referenceText))
        {
            if (!IntermediaryReference.TryParse(referenceText, out reference))
            {
                Error(Col.IntermediaryRef, $"'{referenceText}' is not a Kinlink reference such as KL-7Q3M-92XD: a character is wrong, missing or swapped.");
                identifierRefused = true;
            }
            else if (_reach is not null && !MayChange(_index.ByReference(reference!)))
            {
                // One answer whether the reference is unknown or names a person the party may not see, so a list
                // cannot be used to probe which references exist; a party's list never makes up a reference anyway.
                var found = _index.ByReference(reference!);
                Error(Col.IntermediaryRef, found is not null && MaySee(found)
                    ? $"{reference} is not held by {actor.PartyCode} nor registered by it: {actor.PartyCode} reads their notification data, and its lists do not change them. If the record is wrong, contact the intermediary."
                    : $"No person {actor.PartyCode} holds or registered has reference {reference}. Check the reference, or leave intermediary_ref empty to register a new person.");
                identifierRefused = true;
            }
            else if ((person = _index.ByReference(reference!)) is null && !hasName)
            {
                Error(Col.IntermediaryRef, $"No person with reference {reference} is registered. To register a new person, give at least the surname.");
                identifierRefused = true;
            }
        }
        else if (serviceNumber is not null)
        {
            if (!partyKnown)
            {
                identifierRefused = true; // the depends_on error says why
            }
            else if (_index.ByServiceNumber(party, serviceNumber) is { Count: > 0 } holders)
            {
                if (holders.Count == 1 && MayChange(holders[0]))
                {
                    person = holders[0];
                }
                else if (holders.Count == 1)
                {
                    Error(Col.ServiceNumber, MaySee(holders[0])
                        ? $"Service number {serviceNumber} {OfParty(party)} is registered as {holders[0].Reference}, who is not held by {actor.PartyCode} nor registered by it: its lists do not change them. If the record is wrong, contact the intermediary."
                        : OutsideRecords(serviceNumber, party));
                    identifierRefused = true;
                }
                else
                {
                    // Only possible without a party: the unique service number is per party.
                    var named = holders.Where(MaySee).Select(h => h.Reference).ToList();
                    Error(Col.ServiceNumber, $"Several persons without a depends_on party have service number {serviceNumber}{(named.Count == holders.Count ? $" ({string.Join(", ", named)})" : "")}: give depends_on or intermediary_ref.");
                    identifierRefused = true;
                }
            }
            else if (!hasName)
            {
                Error(Col.ServiceNumber, $"No person {OfParty(party)} with service number {serviceNumber} is registered. To register a new person, give at least the surname.");
                identifierRefused = true;
            }
        }
        else if (!string.IsNullOrWhiteSpace(surname) && partyKnown && PartialDate.TryParse(V(Col.DateOfBirth), out var dateOfBirth, out _))
        {
            // With neither reference nor service number, the same name alone is no proof: the date of birth and the
            // party must agree too, and a second person who fits as well means no one is chosen.
            var candidates = _index.ByName(surname, givenName, patronymic)
                .Where(p => Equals(p.DateOfBirth, dateOfBirth) && p.DependsOnPartyId == party && MayChange(p))
                .Take(2).ToList();
            person = candidates.Count == 1 ? candidates[0] : null;
        }

        var input = new PersonInput
        {
            Category = V(Col.Category),
            Surname = surname,
            GivenName = givenName,
            Patronymic = patronymic,
            Sex = V(Col.Sex),
            DateOfBirth = V(Col.DateOfBirth),
            PlaceOfBirth = V(Col.PlaceOfBirth),
            Rank = V(Col.Rank),
            ServiceNumber = V(Col.ServiceNumber),
            DependsOn = partyText,
            FatherName = V(Col.FatherName),
            MotherMaidenName = V(Col.MotherMaidenName),
            InformName = V(Col.InformName),
            InformAddress = V(Col.InformAddress),
            CorrespondenceAddress = V(Col.CorrespondenceAddress),
            Languages = V(Col.Language),
        };
        if (person is not null && !hasName)
        {
            // An event list names a known person only by reference or number; their name stands, and no spelling is added.
            input = input with { Surname = person.Surname, GivenName = person.GivenName, Patronymic = person.Patronymic };
        }

        PersonDetails? details = null;
        try
        {
            // A row that leaves category empty keeps a known person's category rather than resetting it to pow.
            details = PersonInputReader.Read(input, parties, person?.Category);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                var column = PersonColumn(field);
                if (!(identifierRefused && !hasName && column == Col.Surname))
                {
                    Error(column, string.Join(" ", messages));
                }
            }
        }

        var (draft, impliedNotification) = ReadEvent(V, Error);
        if (errors.Count > 0)
        {
            return;
        }

        if (ServiceNumberTaken(person, details!, reference) is { } holder)
        {
            Error(person is null && reference is not null ? Col.IntermediaryRef : Col.ServiceNumber, holder);
            return;
        }

        var script = PersonInputReader.ScriptOf(details!.Name);
        if (person is null)
        {
            var created = Person.Register(details, reference ?? NextReference(), script, sourceList.Id, sourceList.Label, now, sourceList.PartyId);
            StatusEvent? added = null;
            if (draft is not null && !TryRecord(created, draft, Error, out added))
            {
                return;
            }

            EventsAdded += added is null ? 0 : 1;
            if (NewPersons is { } untracked)
            {
                untracked.Add(created);
            }
            else
            {
                db.Persons.Add(created);
            }

            _index.Add(created);
            _created.Add(created.Id);
            Touched.Add(created.Id);
            Changes.AddRange(PersonFields.Changes(created, []));
            return;
        }

        var before = PersonFields.Snapshot(person);
        // The event goes first: it is the only step that can still be refused, and a refused row must change nothing.
        StatusEvent? recorded = null;
        var alreadyThere = impliedNotification && person.State.IsDeprivedOfLiberty && person.CurrentPlaceId == draft!.PlaceId;
        if (draft is not null && !alreadyThere && !TryRecord(person, draft, Error, out recorded))
        {
            return;
        }

        var changed = person.MergeFrom(details, script, sourceList.Id, sourceList.Label, now);
        _index.Reindex(person);
        EventsAdded += recorded is null ? 0 : 1;
        if ((changed || recorded is not null) && !_created.Contains(person.Id))
        {
            _updated.Add(person.Id);
        }

        if (changed || recorded is not null)
        {
            Touched.Add(person.Id);
            Changes.AddRange(PersonFields.Changes(person, before));
            if (recorded is not null)
            {
                Changes.Add(new AuditChange(person.Id, "event", null, $"{RegistryCodes.Of(recorded.Kind)} {recorded.Date}"));
            }
        }
    }

    /// <summary>
    /// The event of the row. With an event, it is recorded as given. With a place but no event, the row is read as
    /// the detaining party notifying (GC III art. 122) that it holds the person there: every list imported here is
    /// sent by the detaining party, so its saying "at place X" is that notification, dated the day the list arrived.
    /// When the person is already recorded as held at that place, the notification tells nothing new and is not
    /// added (so a list received again on a later day adds nothing).
    /// </summary>
    private (StatusEventDraft? Draft, bool Implied) ReadEvent(Func<string, string?> value, Action<string, string> error)
    {
        var (kind, date, place, note) = (value(Col.Event), value(Col.EventDate), value(Col.Place), value(Col.Note));
        string? impliedKind = null;
        if (string.IsNullOrWhiteSpace(kind))
        {
            if (!string.IsNullOrWhiteSpace(date))
            {
                error(Col.Event, $"The event date {date} is given without the event: say what happened ({RegistryCodes.List<StatusEventKind>(RegistryCodes.Of)}).");
                return (null, false);
            }

            if (string.IsNullOrWhiteSpace(place))
            {
                if (!string.IsNullOrWhiteSpace(note))
                {
                    error(Col.Note, "A note belongs to an event: give the event and its date, or leave the note empty.");
                }

                return (null, false);
            }

            impliedKind = RegistryCodes.Of(StatusEventKind.Notified);
            date = PartialDate.FromDate(DateOnly.FromDateTime(now.UtcDateTime)).ToString();
        }

        try
        {
            var input = new StatusEventInput { Kind = impliedKind ?? kind, Date = date, Place = place, Note = note, Source = sourceList.Label };
            return (StatusEventInputReader.Read(input, places, sourceList.Id) with { ReportedByPartyId = sourceList.PartyId }, impliedKind is not null);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                error(EventColumn(field), string.Join(" ", messages));
            }

            return (null, false);
        }
    }

    private bool TryRecord(Person person, StatusEventDraft draft, Action<string, string> error, out StatusEvent? added)
    {
        added = null;
        try
        {
            added = person.RecordEvent(draft, actor, now);
            return true;
        }
        catch (DomainRuleException ex)
        {
            error(ex.Field == Col.EventDate ? Col.EventDate : Col.Event, ex.Message);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                error(EventColumn(field), string.Join(" ", messages));
            }
        }

        return false;
    }

    /// <summary>Why the row cannot give the person its party and service number: another person holds them (one per party).</summary>
    private string? ServiceNumberTaken(Person? person, PersonDetails details, IntermediaryReference? reference)
    {
        var party = details.DependsOnPartyId ?? person?.DependsOnPartyId;
        var number = Person.NormaliseServiceNumber(details.ServiceNumber) ?? person?.ServiceNumber;
        if (party is null || number is null)
        {
            return null;
        }

        var holder = _index.ByServiceNumber(party, number).FirstOrDefault(h => !ReferenceEquals(h, person));
        if (holder is null)
        {
            return null;
        }

        if (!MaySee(holder))
        {
            return OutsideRecords(number, party);
        }

        return person is not null
            ? $"Service number {number} {OfParty(party)} is registered as {holder.Reference}, not as {person.Reference}: check the number or the reference."
            : $"Reference {reference} is not registered, but service number {number} {OfParty(party)} is registered as {holder.Reference}: check the reference.";
    }

    /// <summary>Whether the row may update the person: the intermediary may update anyone, a party whom it holds now or registered (this list's new persons included).</summary>
    private bool MayChange(Person? person) =>
        person is not null && (_reach is null || _created.Contains(person.Id) || (_reach.TryGetValue(person.Id, out var reach) && reach.CanChange));

    /// <summary>Whether a refusal may name the person: only when the account may see them anyway.</summary>
    private bool MaySee(Person person) => _reach is null || _created.Contains(person.Id) || _reach.ContainsKey(person.Id);

    /// <summary>The refusal of a duplicate service number whose holder the party may not see: it is refused all the same, without naming them.</summary>
    private string OutsideRecords(string serviceNumber, PartyId? party) =>
        $"Service number {serviceNumber} {OfParty(party)} is already registered for a person outside {actor.PartyCode}'s records. Check the number; if it is right, contact the intermediary.";

    private async Task LoadAsync(Expression<Func<Person, bool>> filter, CancellationToken cancellationToken)
    {
        // Tracked, with name forms and events: a row adds spellings and events, and the timeline rules need every
        // event. The children are loaded by person id (indexed) and fixed up by EF Core, which on SQLite is several
        // times faster than Include with a split query repeating the filter.
        var found = await db.Persons.Where(filter).ToListAsync(cancellationToken);
        var fresh = found.Where(p => _index.ByReference(p.Reference) is null).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var ids = fresh.Select(p => p.Id).ToList();
        await db.NameForms.Where(f => ids.Contains(f.PersonId)).LoadAsync(cancellationToken);
        await db.StatusEvents.Where(e => ids.Contains(e.PersonId)).LoadAsync(cancellationToken);
        foreach (var person in fresh)
        {
            _index.Add(person); // after the name forms are loaded: they are indexed too
        }
    }

    /// <summary>
    /// References for the persons a batch may create, checked against the database with one query rather than one
    /// per person, and kept clear of every reference the file itself names.
    /// </summary>
    private async Task<Queue<IntermediaryReference>> NewReferencesAsync(int count, IReadOnlySet<IntermediaryReference> referencesInFile, CancellationToken cancellationToken)
    {
        var free = new HashSet<IntermediaryReference>();
        while (free.Count < count)
        {
            var candidates = new HashSet<IntermediaryReference>();
            while (candidates.Count < count - free.Count)
            {
                var candidate = IntermediaryReference.NewRandom();
                if (!referencesInFile.Contains(candidate) && !free.Contains(candidate))
                {
                    candidates.Add(candidate);
                }
            }

            var list = candidates.ToList();
            var taken = await db.Persons.Where(p => list.Contains(p.Reference)).Select(p => p.Reference).ToListAsync(cancellationToken);
            candidates.ExceptWith(taken);
            free.UnionWith(candidates);
        }

        return new Queue<IntermediaryReference>(free);
    }

    private IntermediaryReference NextReference() =>
        _newReferences.TryDequeue(out var reference) ? reference : throw new InvalidOperationException("More persons were created than the batch had rows without a reference.");

    private IntermediaryReference? ReferenceOf(ListRow row) =>
        IntermediaryReference.TryParse(columns.Value(row, Col.IntermediaryRef), out var reference) ? reference : null;

    private bool TryParty(string code, out PartyId? party)
    {
        party = parties.TryGetValue(code.Trim().ToUpperInvariant(), out var id) ? id : null;
        return party is not null;
    }

    private string OfParty(PartyId? party) =>
        party is { } id ? $"of party {_partyCodes.GetValueOrDefault(id, "?")}" : "without a depends_on party";

    /// <summary>The key a name form is stored under in the search keys (surname first, folded, as written).</summary>
    private static string StoredNameKey(string? surname, string? givenName, string? patronymic)
    {
        var text = string.Join(' ', new[] { surname, givenName, patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        var key = SearchText.Fold(text);
        return key.Length > 200 ? key[..200] : key;
    }

    /// <summary>The column of a field named by <see cref="PersonInputReader"/> (camelCase, as in the API).</summary>
    private static string PersonColumn(string field) => field switch
    {
        "languages" => Col.Language,
        _ => string.Concat(field.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString())),
    };

    /// <summary>The column of a field named by <see cref="StatusEventInputReader"/> or the timeline rules.</summary>
    private static string EventColumn(string field) => field switch
    {
        "kind" => Col.Event,
        "date" or Col.EventDate => Col.EventDate,
        "place" or "fromPlace" => Col.Place,
        "note" => Col.Note,
        _ => Col.Event,
    };
}
