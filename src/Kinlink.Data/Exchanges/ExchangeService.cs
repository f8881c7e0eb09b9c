using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Exchange operations: the terms agreed between the parties, each party's list (imported or built from the registry),
/// every entry tied to a registry person through the matching engine or by a caseworker, verified person by person, and
/// the handover recorded in one save together with each handed-over person's timeline. The intermediary's work only.
/// Every change carries the exchange's version: the balance depends on every entry, so two people editing the same
/// exchange do not overwrite each other.
/// </summary>
public sealed class ExchangeService(
    KinlinkDbContext db,
    TimeProvider clock,
    AuditTrail audit,
    FieldEncryption encryption,
    PersonService persons,
    PersonMatchSearch matching)
{
    /// <summary>Candidates matching proposes per entry.</summary>
    public const int CandidatesShown = 5;

    public async Task<ExchangeView> CreateAsync(ExchangeInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var draft = await DraftAsync(input, cancellationToken);
        var operation = ExchangeOperation.Create(draft, actor, clock.GetUtcNow());
        db.Exchanges.Add(operation);
        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        audit.Record(actor, AuditActions.ExchangeCreate, $"created exchange {operation.Reference} ({ExchangeCodes.Of(operation.Terms)})", []);
        return await ViewAsync(operation, cancellationToken);
    }

    public async Task<ExchangeView> ChangeTermsAsync(string reference, ExchangeInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(operation.Version, input.Version, "exchange");
        operation.ChangeTerms(await DraftAsync(input, cancellationToken));
        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        audit.Record(actor, AuditActions.ExchangeChange, $"changed the terms of exchange {operation.Reference} ({ExchangeCodes.Of(operation.Terms)})", []);
        return await ViewAsync(operation, cancellationToken);
    }

    public async Task<PagedResult<ExchangeSummary>> ListAsync(ExchangeQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var exchanges = db.Exchanges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = ExchangeCodes.Parse<ExchangeStatus>(query.Status, ExchangeCodes.Of, "status", "a status of an exchange");
            exchanges = exchanges.Where(e => e.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var party = await MailLookups.PartyIdAsync(db, query.Party, "party", cancellationToken);
            exchanges = exchanges.Where(e => e.PartyAId == party || e.PartyBId == party);
        }

        var total = await exchanges.CountAsync(cancellationToken);
        // Newest first by id: version-7 ids sort by creation time on both providers.
        var rows = await exchanges.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.ExchangeEntries.AsNoTracking().Where(e => ids.Contains(e.ExchangeId))
            .GroupBy(e => new { e.ExchangeId, e.ReleasingPartyId }).Select(g => new { g.Key.ExchangeId, g.Key.ReleasingPartyId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var codes = await PartyCodesAsync(cancellationToken);
        int Listed(ExchangeOperation o, PartyId party) => counts.Where(c => c.ExchangeId == o.Id && c.ReleasingPartyId == party).Sum(c => c.Count);
        var items = rows.Select(o => new ExchangeSummary(o.Reference, codes[o.PartyAId], codes[o.PartyBId], o.Terms, o.CountPerSide, o.Categories,
            o.PlannedDate, o.Place, o.Status, Listed(o, o.PartyAId), Listed(o, o.PartyBId), o.ExecutedOn, o.Version)).ToList();
        var terms = new[] { ("status", query.Status), ("party", query.Party) }.Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.ExchangeList,
            string.Create(CultureInfo.InvariantCulture, $"exchanges {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"), []);
        return new PagedResult<ExchangeSummary>(items, total, page, pageSize);
    }

    public async Task<ExchangeView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: false, cancellationToken);
        var view = await ViewAsync(operation, cancellationToken);
        audit.Record(actor, AuditActions.ExchangeRead, $"read exchange {operation.Reference}", PersonsOf(operation));
        return view;
    }

    public async Task<ExchangeView> CancelAsync(string reference, ExchangeCancellation input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(operation.Version, input.Version, "exchange");
        operation.Cancel(input.Note, actor);
        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        audit.Record(actor, AuditActions.ExchangeCancel, $"cancelled exchange {operation.Reference}", PersonsOf(operation));
        return await ViewAsync(operation, cancellationToken);
    }

    /// <summary>
    /// Imports a party's list (CSV or XLSX, columns <see cref="ExchangeListColumns.All"/>) as that party's side. As with
    /// a notification list, every row is checked and a refused row is reported by line, column and reason; the accepted
    /// rows are stored together in one save, or nothing when not one row is right. A person already on this side (the
    /// same service number, or the same name and date of birth), in the file or from an earlier import, is reported and
    /// not added again, so importing the same file twice adds nothing. Each accepted row is matched against the persons
    /// the party holds.
    /// </summary>
    public async Task<ExchangeListReport> ImportListAsync(string reference, string party, Stream content, string fileName, int? version, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        fileName = (fileName ?? "").Split('/', '\\')[^1].Trim();
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(operation.Version, version, "exchange");
        EnsurePreparing(operation);
        var (releasing, partyCode) = await SideAsync(operation, party, "party", cancellationToken);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var rows = ExchangeListFile.Read(buffer.ToArray(), fileName, out var fileErrors);
        if (rows is null)
        {
            return new ExchangeListReport(fileName, partyCode, 0, 0, 0, 0, 0, 0, fileErrors);
        }

        var errors = new List<ImportRowError>();
        var side = operation.Entries.Where(e => e.ReleasingPartyId == releasing).ToList();
        var seen = new ListingKeys(side.Select(e => (e.ListedServiceNumber, e.ListedSurname, e.ListedGivenName, e.ListedPatronymic, e.ListedDateOfBirth)));
        var now = clock.GetUtcNow();
        var added = new List<ExchangeEntry>();
        foreach (var row in rows.Rows)
        {
            var rowErrors = new List<ImportRowError>();
            var listing = rows.Listing(row, rowErrors);
            if (listing is not null && seen.Duplicate(listing) is { } duplicate)
            {
                rowErrors.Add(new ImportRowError(row.Line, duplicate.Column, duplicate.Reason));
            }

            if (rowErrors.Count > 0 || listing is null)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            try
            {
                added.Add(operation.AddEntry(releasing, ExchangeEntrySource.Imported, listing, row.Line, fileName, null, actor, now));
                seen.Add(listing);
            }
            catch (ValidationFailedException failure)
            {
                errors.AddRange(failure.Errors.Select(e => new ImportRowError(row.Line, ExchangeListFile.ColumnOf(e.Key), string.Join(' ', e.Value))));
            }
        }

        var (resolved, ambiguous, notFound) = (0, 0, 0);
        if (added.Count > 0)
        {
            foreach (var entry in added)
            {
                switch ((await MatchAsync(operation, entry, partyCode, actor, cancellationToken)).Resolution)
                {
                    case ExchangeResolution.Resolved: resolved++; break;
                    case ExchangeResolution.Ambiguous: ambiguous++; break;
                    case ExchangeResolution.NotFound or ExchangeResolution.Unresolved: notFound++; break;
                }
            }

            await MailLookups.SaveAsync(db, "exchange", cancellationToken);
            audit.Record(actor, AuditActions.ExchangeListImport,
                string.Create(CultureInfo.InvariantCulture, $"imported {fileName} as the list of {partyCode} into exchange {operation.Reference}: {added.Count} of {rows.Rows.Count} rows, {resolved} resolved, {ambiguous} ambiguous, {notFound} not found"),
                added.Select(e => e.PersonId).OfType<PersonId>());
        }

        return new ExchangeListReport(fileName, partyCode, rows.Rows.Count, added.Count, rows.Rows.Count - added.Count, resolved, ambiguous, notFound,
            [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Adds registry persons to the releasing party's list: by reference, or all it holds who match the filter. Persons already on the exchange are skipped.</summary>
    public async Task<ExchangeView> AddFromRegistryAsync(string reference, ExchangeEntriesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(operation.Version, input.Version, "exchange");
        EnsurePreparing(operation);
        var (releasing, partyCode) = await SideAsync(operation, input.Party, "party", cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var wanted = new List<PersonId>();
        var named = (input.Persons ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        for (var i = 0; i < named.Count; i++)
        {
            if (await PersonLookups.IdAsync(db, named[i], $"persons[{i}]", errors, cancellationToken) is { } id)
            {
                wanted.Add(id);
            }
        }

        if (named.Count == 0 && !input.SeriouslyIllOrWounded && string.IsNullOrWhiteSpace(input.Place))
        {
            errors["persons"] = ["Name persons by registry reference, or choose whom the party holds: the seriously ill or wounded, or those at a place."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        if (input.SeriouslyIllOrWounded || !string.IsNullOrWhiteSpace(input.Place))
        {
            var held = await persons.FilterAsync(db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null), null, partyCode, null, input.Place, cancellationToken);
            if (input.SeriouslyIllOrWounded)
            {
                held = held.Where(p => p.SeriouslyIllOrWounded);
            }

            wanted.AddRange(await held.OrderBy(p => p.Surname).Select(p => p.Id).ToListAsync(cancellationToken));
        }

        var already = operation.Entries.Select(e => e.PersonId).OfType<PersonId>().ToHashSet();
        var toAdd = wanted.Distinct().Where(id => !already.Contains(id)).ToList();
        var people = await db.Persons.AsNoTracking().Where(p => toAdd.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var id in toAdd)
        {
            var person = people[id];
            var listing = new ExchangeListing(person.Surname, person.GivenName, person.Patronymic, person.DateOfBirth, person.ServiceNumber, null);
            operation.AddEntry(releasing, ExchangeEntrySource.Registry, listing, null, null, id, actor, now).NoteCandidates(1);
        }

        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        audit.Record(actor, AuditActions.ExchangeEntryAdd,
            string.Create(CultureInfo.InvariantCulture, $"added {toAdd.Count} registry persons to the list of {partyCode} in exchange {operation.Reference}"), toAdd);
        return await ViewAsync(operation, cancellationToken);
    }

    /// <summary>One entry with the persons matching proposes for it now, explained per field.</summary>
    public async Task<ExchangeEntryDetail> GetEntryAsync(string reference, Guid entryId, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: false, cancellationToken);
        var entry = operation.Entry(new ExchangeEntryId(entryId));
        var view = await ViewAsync(operation, cancellationToken);
        var codes = await PartyCodesAsync(cancellationToken);
        var candidates = await CandidatesAsync(entry, codes[entry.ReleasingPartyId], actor, cancellationToken);
        audit.Record(actor, AuditActions.ExchangeRead, $"read entry {entry.ListedName} of exchange {operation.Reference}", entry.PersonId is { } p ? [p] : []);
        return new ExchangeEntryDetail(view, view.Entries.Single(e => e.Entry.Id == entry.Id), candidates);
    }

    /// <summary>A caseworker ties the entry to the registry person they chose.</summary>
    public Task<ExchangeView> ResolveAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeResolve, actor, async (operation, entry) =>
        {
            var errors = new Dictionary<string, string[]>();
            var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
            ValidationFailedException.ThrowIfAny(errors);
            entry.Resolve(operation, personId!.Value, actor, clock.GetUtcNow());
            return $"resolved {entry.ListedName} to a registry person";
        }, cancellationToken);

    /// <summary>Runs matching again for the entry (after the registry changed), which may resolve it or flag it again.</summary>
    public Task<ExchangeView> RematchAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeResolve, actor, async (operation, entry) =>
        {
            var codes = await PartyCodesAsync(cancellationToken);
            var outcome = await MatchAsync(operation, entry, codes[entry.ReleasingPartyId], actor, cancellationToken);
            return $"matched {entry.ListedName} again: {ExchangeCodes.Of(outcome.Resolution)}";
        }, cancellationToken);

    public Task<ExchangeView> ConfirmIdentityAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeVerify, actor, (operation, entry) =>
        {
            entry.ConfirmIdentity(operation, actor, clock.GetUtcNow());
            return Task.FromResult($"confirmed the identity of {entry.ListedName}");
        }, cancellationToken);

    /// <summary>Records the private interview; the note is sealed to the entry and opened only by <see cref="ReadInterviewNoteAsync"/>.</summary>
    public Task<ExchangeView> RecordInterviewAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeVerify, actor, (operation, entry) =>
        {
            var wish = ExchangeCodes.Parse<RepatriationWish>(input.Wish, ExchangeCodes.Of, "wish", "a wish on repatriation (yes, no, undecided)");
            var note = (input.Note ?? "").Trim();
            if (note.Length > ExchangeEntry.NoteLength)
            {
                throw new ValidationFailedException("note", $"At most {ExchangeEntry.NoteLength} characters.");
            }

            entry.RecordInterview(operation, wish, input.HeldInPrivate, ExchangeSeals.SealInterviewNote(encryption, entry.Id, note), actor, clock.GetUtcNow());
            // The wish is not written to the audit trail: it is part of what was said in private.
            return Task.FromResult($"recorded the private interview of {entry.ListedName}");
        }, cancellationToken);

    public Task<ExchangeView> SetMedicalCategoryAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeVerify, actor, (operation, entry) =>
        {
            var category = ExchangeCodes.Parse<MedicalCategory>(input.Category, ExchangeCodes.Of, "category", "a medical category");
            entry.SetMedicalCategory(operation, category);
            return Task.FromResult($"set the medical category of {entry.ListedName}");
        }, cancellationToken);

    public Task<ExchangeView> SetBlockingIssueAsync(string reference, Guid entryId, ExchangeEntryChange input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeEntryAsync(reference, entryId, input, AuditActions.ExchangeVerify, actor, (operation, entry) =>
        {
            entry.SetBlockingIssue(operation, input.Issue);
            return Task.FromResult(entry.BlockingIssue.Length == 0 ? $"cleared the blocking issue of {entry.ListedName}" : $"recorded a blocking issue for {entry.ListedName}");
        }, cancellationToken);

    /// <summary>Opens what the prisoner said in the private interview; every reading is audited. The route allows only the confidential roles.</summary>
    public async Task<string> ReadInterviewNoteAsync(string reference, Guid entryId, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: false, cancellationToken);
        var entry = operation.Entry(new ExchangeEntryId(entryId));
        var note = ExchangeSeals.OpenInterviewNote(encryption, entry);
        audit.Record(actor, AuditActions.ExchangeInterviewRead, $"read the interview note of {entry.ListedName} in exchange {operation.Reference}", entry.PersonId is { } p ? [p] : []);
        return note;
    }

    /// <summary>
    /// Records the handover in one save: every entry's outcome, the operation executed, and for each person handed over a
    /// Repatriated event on their timeline dated the day of the handover. Their mail stops afterwards, as after any
    /// event that ends captivity. Persons not handed over stay as they were, with the reason on their entry.
    /// </summary>
    public async Task<ExchangeView> ExecuteAsync(string reference, ExchangeExecution input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(operation.Version, input.Version, "exchange");
        var errors = new Dictionary<string, string[]>();
        DateOnly handoverDate = default;
        if (!DateOnly.TryParseExact((input.HandoverDate ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out handoverDate))
        {
            errors["handoverDate"] = ["Give the day of the handover as YYYY-MM-DD."];
        }

        var decisions = new List<HandoverDecision>();
        var given = input.Decisions ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var decision = given[i];
            if (decision?.Entry is not { } entry)
            {
                errors[$"decisions[{i}].entry"] = ["Name the entry."];
                continue;
            }

            var reason = NotHandedOverReason.None;
            if (!decision.HandedOver && !string.IsNullOrWhiteSpace(decision.Reason)
                && !ExchangeCodes.TryParse(decision.Reason, ExchangeCodes.Of, out reason))
            {
                errors[$"decisions[{i}].reason"] = [$"'{decision.Reason.Trim()}' is not a reason: use {ExchangeCodes.List<NotHandedOverReason>(ExchangeCodes.Of)}."];
            }

            decisions.Add(new HandoverDecision(new ExchangeEntryId(entry), decision.HandedOver, reason, decision.Note));
        }

        ValidationFailedException.ThrowIfAny(errors);
        var pending = await JudicialLookups.PersonsWithPendingProceedingsAsync(db, PersonsOf(operation), cancellationToken);
        var now = clock.GetUtcNow();
        var handedOver = operation.Execute(handoverDate, decisions, input.BalanceNote, pending, actor, now);
        var ids = handedOver.Select(e => e.PersonId!.Value).ToList();
        var people = await db.Persons.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var changes = new List<AuditChange>();
        foreach (var id in ids)
        {
            var person = people[id];
            var draft = new StatusEventDraft(StatusEventKind.Repatriated, PartialDate.FromDate(handoverDate), SourceLabel: $"exchange {operation.Reference}");
            if (person.RecordEvent(draft, actor, now) is { } added)
            {
                changes.Add(new AuditChange(person.Id, "event", null, $"{RegistryCodes.Of(added.Kind)} {added.Date}"));
            }
        }

        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        var balance = operation.Balance();
        audit.Record(actor, AuditActions.ExchangeExecute,
            string.Create(CultureInfo.InvariantCulture, $"executed exchange {operation.Reference} on {handoverDate:yyyy-MM-dd}: {balance.SideA.HandedOver} and {balance.SideB.HandedOver} handed over{(balance.Balanced ? "" : ", not balanced")}"),
            PersonsOf(operation), changes);
        await MailStopping.StopForPersonsAsync(db, ids, audit, actor, clock.GetUtcNow(), cancellationToken);
        return await ViewAsync(operation, cancellationToken);
    }


    /// <summary>Checked before a list is read, so a closed exchange refuses the file rather than every row of it.</summary>
    private static void EnsurePreparing(ExchangeOperation operation)
    {
        if (operation.Status != ExchangeStatus.Preparing)
        {
            throw new DomainRuleException("status", $"Exchange {operation.Reference} is {ExchangeCodes.Of(operation.Status)} and its lists can no longer change.");
        }
    }

    private async Task<ExchangeView> ChangeEntryAsync(string reference, Guid entryId, ExchangeEntryChange input, string action, Actor actor, Func<ExchangeOperation, ExchangeEntry, Task<string>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var operation = await FindAsync(reference, tracking: true, cancellationToken);
        var entry = operation.Entry(new ExchangeEntryId(entryId));
        MailLookups.ExpectVersion(operation.Version, input.Version, "exchange");
        var summary = await change(operation, entry);
        await MailLookups.SaveAsync(db, "exchange", cancellationToken);
        audit.Record(actor, action, $"{summary} in exchange {operation.Reference}", entry.PersonId is { } p ? [p] : []);
        return await ViewAsync(operation, cancellationToken);
    }

    /// <summary>
    /// Matches an entry and records the result. The rule: an exact service number held by one registry person resolves;
    /// otherwise the engine (name in any script and date of birth, among the persons the releasing party holds) resolves
    /// only when its best candidate is in the Likely bucket and no other candidate is (the engine puts a candidate there
    /// only with strong evidence and a clear gap to the next); candidates without a clear winner make the entry
    /// ambiguous, none make it not found. A person already on this exchange is never chosen again.
    /// </summary>
    private async Task<(ExchangeResolution Resolution, IReadOnlyList<PersonMatch> Candidates)> MatchAsync(ExchangeOperation operation, ExchangeEntry entry, string releasingCode, Actor actor, CancellationToken cancellationToken)
    {
        var taken = operation.Entries.Where(e => e.Id != entry.Id).Select(e => e.PersonId).OfType<PersonId>().ToHashSet();
        if (Person.NormaliseServiceNumber(entry.ListedServiceNumber) is { } number)
        {
            var holders = await db.Persons.AsNoTracking().Where(p => p.ServiceNumber == number && p.MergedIntoId == null).Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
            if (holders.Count == 1 && !taken.Contains(holders[0]))
            {
                entry.Resolve(operation, holders[0], actor, clock.GetUtcNow());
                entry.NoteCandidates(1);
                return (ExchangeResolution.Resolved, []);
            }
        }

        var candidates = await CandidatesAsync(entry, releasingCode, actor, cancellationToken);
        var likely = candidates.Where(c => c.Bucket == Kinlink.Matching.Scoring.MatchBucket.Likely).ToList();
        if (likely.Count == 1 && candidates[0] == likely[0] && !taken.Contains(likely[0].Person.Id))
        {
            entry.Resolve(operation, likely[0].Person.Id, actor, clock.GetUtcNow());
            entry.NoteCandidates(candidates.Count);
            return (ExchangeResolution.Resolved, candidates);
        }

        var resolution = candidates.Count == 0 ? ExchangeResolution.NotFound : ExchangeResolution.Ambiguous;
        entry.MarkUnresolved(operation, resolution, candidates.Count);
        return (resolution, candidates);
    }

    private async Task<IReadOnlyList<PersonMatch>> CandidatesAsync(ExchangeEntry entry, string releasingCode, Actor actor, CancellationToken cancellationToken)
    {
        var name = string.Join(' ', new[] { entry.ListedSurname, entry.ListedGivenName, entry.ListedPatronymic }.Where(p => p.Length > 0));
        var result = await matching.SearchAsync(new PersonMatchQuery(name, entry.ListedDateOfBirth?.ToString(), Top: CandidatesShown, HeldBy: releasingCode), actor, cancellationToken);
        return result.Items;
    }

    private async Task<ExchangeDraft> DraftAsync(ExchangeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parties = await PartyService.ConflictPartyCodesAsync(db, cancellationToken);
        PartyId Party(string? code, string field)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                errors[field] = ["Choose the party."];
            }
            else if (parties.TryGetValue(code.Trim(), out var id))
            {
                return id;
            }
            else
            {
                errors[field] = [$"'{code.Trim()}' is not a party to the conflict: {string.Join(", ", parties.Keys.Order(StringComparer.Ordinal))}."];
            }

            return default;
        }

        var a = Party(input.PartyA, "partyA");
        var b = Party(input.PartyB, "partyB");
        ExchangeTerms terms = default;
        if (!ExchangeCodes.TryParse(input.Terms, ExchangeCodes.Of, out terms))
        {
            errors["terms"] = [$"Say what was agreed: {ExchangeCodes.List<ExchangeTerms>(ExchangeCodes.Of)}."];
        }

        DateOnly? planned = null;
        if (!string.IsNullOrWhiteSpace(input.PlannedDate))
        {
            if (DateOnly.TryParseExact(input.PlannedDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                planned = date;
            }
            else
            {
                errors["plannedDate"] = ["Give the planned date as YYYY-MM-DD."];
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        var draft = new ExchangeDraft(a, b, terms, input.CountPerSide, input.Categories, input.TermsNote, planned, input.Place);
        return draft;
    }

    private async Task<(PartyId Id, string Code)> SideAsync(ExchangeOperation operation, string? party, string field, CancellationToken cancellationToken)
    {
        var codes = await PartyCodesAsync(cancellationToken);
        var code = (party ?? "").Trim().ToUpperInvariant();
        foreach (var side in new[] { operation.PartyAId, operation.PartyBId })
        {
            if (codes[side] == code)
            {
                return (side, code);
            }
        }

        throw new ValidationFailedException(field, $"Choose the party whose list this is: {codes[operation.PartyAId]} or {codes[operation.PartyBId]}.");
    }

    private async Task<ExchangeOperation> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = ExchangeReference.Normalize(reference, ExchangeReference.ExchangePrefix) ?? throw new NotFoundException("Exchange", reference);
        var exchanges = tracking ? db.Exchanges : db.Exchanges.AsNoTracking();
        return await exchanges.Include(e => e.Entries).SingleOrDefaultAsync(e => e.Reference == normalized, cancellationToken)
            ?? throw new NotFoundException("Exchange", normalized);
    }

    private async Task<Dictionary<PartyId, string>> PartyCodesAsync(CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

    private async Task<ExchangeView> ViewAsync(ExchangeOperation operation, CancellationToken cancellationToken)
    {
        var codes = await PartyCodesAsync(cancellationToken);
        var ids = PersonsOf(operation);
        var loaded = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var summaries = (await persons.SummariseAsync(loaded, cancellationToken)).ToDictionary(s => s.Id);
        var pending = await JudicialLookups.PersonsWithPendingProceedingsAsync(db, ids, cancellationToken);
        var entries = operation.Entries
            .OrderBy(e => e.ReleasingPartyId == operation.PartyAId ? 0 : 1).ThenBy(e => e.SourceLine ?? int.MaxValue).ThenBy(e => e.Id.Value)
            .Select(e => new ExchangeEntryView(e, codes[e.ReleasingPartyId], e.PersonId is { } p ? summaries.GetValueOrDefault(p) : null,
                operation.Status == ExchangeStatus.Preparing ? e.Blockers(pending) : [], e.PersonId is { } id && pending.Contains(id)))
            .ToList();
        return new ExchangeView(operation, codes[operation.PartyAId], codes[operation.PartyBId], entries, operation.Balance());
    }

    private static List<PersonId> PersonsOf(ExchangeOperation operation) =>
        operation.Entries.Select(e => e.PersonId).OfType<PersonId>().Distinct().ToList();
}
