using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Visits;

/// <summary>
/// Use cases of visits to places of detention: record a visit (for an accepted request or not), correct it, list and
/// read visits, record each person's result (a person met for the first time is registered through the registry's
/// rules), and the confidential findings, opened only for callers who say they hold the need-to-know permission.
/// Only the intermediary's staff work here.
/// </summary>
public sealed class VisitService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption, PersonService persons)
{
    public async Task<Visit> CreateAsync(VisitInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var now = clock.GetUtcNow();
        var place = await PlaceAsync(input.Place, cancellationToken);
        VisitRequest? request = null;
        if (!string.IsNullOrWhiteSpace(input.Request))
        {
            var reference = VisitReference.Normalize(input.Request, VisitReference.RequestPrefix)
                ?? throw new ValidationFailedException("request", $"'{input.Request}' is not a visit request reference (VRQ-XXXX-XXXX).");
            request = await db.VisitRequests.Include(r => r.Persons).Include(r => r.Events).AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken)
                ?? throw new ValidationFailedException("request", $"No visit request {reference}.");
            if (request.PlaceId is { } requestedPlace && requestedPlace != place.Id)
            {
                throw new ValidationFailedException("request", $"Request {reference} is for another place.");
            }

            if (request.DetainingPartyId != place.HoldingPartyId)
            {
                throw new ValidationFailedException("request", $"Request {reference} was addressed to another party than the one holding {place.Code}.");
            }

            if (request.Status is not (VisitRequestStatus.Accepted or VisitRequestStatus.PartlyAccepted))
            {
                throw new DomainRuleException("request", $"Request {reference} is {request.Status}; only an accepted (or partly accepted) request leads to a visit.");
            }
        }

        var visit = Visit.Create(Draft(input, place.Id, request?.Id), place.HoldingPartyId, actor, now);
        db.Visits.Add(visit);
        request?.MarkVisited(visit.Id, actor, now);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitCreate,
            $"recorded visit {visit.Reference} to {place.Code}{(request is null ? "" : $" for request {request.Reference}")}", []);
        return visit;
    }

    public async Task<Visit> UpdateAsync(string reference, VisitInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var version = input.Version ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        var visit = await FindAsync(reference, tracking: true, cancellationToken);
        ExpectVersion(visit, version);
        var place = await db.Places.AsNoTracking().SingleAsync(p => p.Id == visit.PlaceId, cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Place) && !string.Equals(input.Place.Trim(), place.Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("place", "A visit's place cannot change; record another visit.");
        }

        if (!string.IsNullOrWhiteSpace(input.Request))
        {
            var requestReference = visit.VisitRequestId is { } requestId
                ? await db.VisitRequests.Where(r => r.Id == requestId).Select(r => r.Reference).SingleAsync(cancellationToken)
                : null;
            if (!string.Equals(VisitReference.Normalize(input.Request, VisitReference.RequestPrefix), requestReference, StringComparison.Ordinal))
            {
                throw new ValidationFailedException("request", "A visit's request cannot change.");
            }
        }

        visit.Update(Draft(input, visit.PlaceId, visit.VisitRequestId), clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitUpdate, $"corrected visit {visit.Reference}", []);
        return visit;
    }

    public async Task<PagedResult<VisitSummary>> ListAsync(VisitQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var visits = db.Visits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            var placeId = (await PlaceAsync(query.Place, cancellationToken)).Id;
            visits = visits.Where(v => v.PlaceId == placeId);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var code = query.Party.Trim().ToUpperInvariant();
            var partyId = await db.Parties.Where(p => p.Code == code).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("party", $"'{query.Party}' is not a known party code.");
            visits = visits.Where(v => v.DetainingPartyId == partyId);
        }

        if (ParseDate(query.From, "from", required: false) is { } from)
        {
            visits = visits.Where(v => v.EndedOn >= from);
        }

        if (ParseDate(query.To, "to", required: false) is { } to)
        {
            visits = visits.Where(v => v.StartedOn <= to);
        }

        var total = await visits.CountAsync(cancellationToken);
        var rows = await visits.OrderByDescending(v => v.StartedOn).ThenByDescending(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(v => new
            {
                Visit = v,
                Place = db.Places.Where(p => p.Id == v.PlaceId).Select(p => new { p.Code, p.Name }).First(),
                Party = db.Parties.Where(p => p.Id == v.DetainingPartyId).Select(p => p.Code).First(),
                Request = db.VisitRequests.Where(r => r.Id == v.VisitRequestId).Select(r => r.Reference).FirstOrDefault(),
                Recorded = db.VisitPersons.Count(p => p.VisitId == v.Id),
                Seen = db.VisitPersons.Count(p => p.VisitId == v.Id && p.Seen),
                Open = db.VisitFollowUps.Count(f => f.VisitId == v.Id && (f.State == VisitFollowUpState.Open || f.State == VisitFollowUpState.InProgress)),
            })
            .ToListAsync(cancellationToken);
        var terms = new[] { ("place", query.Place), ("party", query.Party), ("from", query.From), ("to", query.To) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.VisitList,
            string.Create(CultureInfo.InvariantCulture, $"visits {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"), []);
        return new PagedResult<VisitSummary>(
            rows.Select(r => new VisitSummary(r.Visit.Id, r.Visit.Reference, r.Place.Code, r.Place.Name, r.Party, r.Request,
                r.Visit.StartedOn, r.Visit.EndedOn, r.Visit.Delegates, r.Recorded, r.Seen, r.Open)).ToList(),
            total, page, pageSize);
    }

    public async Task<VisitRecord> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var visit = await FindAsync(reference, tracking: false, cancellationToken);
        var record = await RecordOfAsync(visit, cancellationToken);
        audit.Record(actor, AuditActions.VisitRead, $"read visit {visit.Reference}", record.Persons.Where(p => p.Recorded).Select(p => p.PersonId));
        return record;
    }

    /// <summary>
    /// Records (or corrects) one person's result. A person met for the first time is registered as any other source
    /// registers one: the same checks, a refusal when the service number is already registered, a registration event
    /// held at this place naming the visit as its source, the transmission to the party they depend on, and a look for
    /// duplicates for the intermediary's worklist.
    /// </summary>
    public async Task<VisitPerson> RecordPersonAsync(string reference, VisitPersonInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var visit = await FindAsync(reference, tracking: true, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var reason = ReadNotSeenReason(input.Seen, input.NotSeenReason, "notSeenReason", errors);
        Person? registered = null;
        PersonId personId;
        if (!string.IsNullOrWhiteSpace(input.Person))
        {
            if (input.NewPerson is not null)
            {
                throw new ValidationFailedException("newPerson", "Give either a registered person or a new person, not both.");
            }

            personId = await PersonIdAsync(input.Person, "person", cancellationToken);
        }
        else if (input.NewPerson is { } newPerson)
        {
            ValidationFailedException.ThrowIfAny(errors);
            var source = SourceOf(visit);
            try
            {
                registered = await persons.AddMetAtPlaceAsync(newPerson, visit.PlaceId, visit.StartedOn, source, actor, cancellationToken);
            }
            catch (ValidationFailedException ex)
            {
                throw new ValidationFailedException(ex.Errors.ToDictionary(e => "newPerson." + e.Key, e => e.Value));
            }

            personId = registered.Id;
        }
        else
        {
            throw new ValidationFailedException("person", "Name the person (registry reference) or give a new person's identity.");
        }

        ValidationFailedException.ThrowIfAny(errors);
        var result = Record(visit, new VisitPersonDraft(personId, input.Seen, reason, input.NotSeenNote, input.PrivateInterview, input.MessagesToSend, input.FamilyToInform), registered is not null);
        await SaveAsync(cancellationToken);
        if (registered is not null)
        {
            persons.AuditRegistration(registered, SourceOf(visit), actor);
            await new Registry.Duplicates.DuplicateFinder(db, clock).FindAsync([registered.Id], cancellationToken);
        }

        audit.Record(actor, AuditActions.VisitPersonRecord, $"recorded a person's result on visit {visit.Reference}", [personId]);
        return result;
    }

    /// <summary>
    /// The findings, recommendations and persons' notes, opened. The service cannot see the caller's roles, so the
    /// caller says whether the user holds the need-to-know permission (the web layer asks its authorization service);
    /// without it nothing is opened or returned.
    /// </summary>
    public async Task<VisitFindings> ReadFindingsAsync(string reference, bool userMayReadFindings, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        EnsureNeedToKnow(userMayReadFindings);
        var visit = await FindAsync(reference, tracking: false, cancellationToken);
        var references = await PersonReferencesAsync(visit.Persons.Select(p => p.PersonId), cancellationToken);
        var notes = new List<VisitPersonNote>();
        foreach (var person in visit.Persons.Where(p => p.SealedNote is not null))
        {
            try
            {
                notes.Add(new VisitPersonNote(person.PersonId, references[person.PersonId], await encryption.DecryptForPersonAsync(person.PersonId, person.SealedNote!, cancellationToken), false));
            }
            catch (PersonKeyErasedException)
            {
                notes.Add(new VisitPersonNote(person.PersonId, references[person.PersonId], "", true));
            }
        }

        var findings = new VisitFindings(
            visit.Reference,
            visit.SealedFindings is { } f ? encryption.Decrypt(f, VisitSealing.FindingsPurpose(visit.Id)) : "",
            visit.SealedRecommendations is { } r ? encryption.Decrypt(r, VisitSealing.RecommendationsPurpose(visit.Id)) : "",
            notes, visit.Version);
        audit.Record(actor, AuditActions.VisitFindingsRead, $"read the confidential findings of visit {visit.Reference}", notes.Select(n => n.PersonId));
        return findings;
    }

    /// <summary>Seals and stores the findings, recommendations and the notes named; the same need-to-know rule as reading them.</summary>
    public async Task<VisitFindings> SaveFindingsAsync(string reference, VisitFindingsInput input, bool userMayWriteFindings, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        EnsureNeedToKnow(userMayWriteFindings);
        var version = input.Version ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        var visit = await FindAsync(reference, tracking: true, cancellationToken);
        ExpectVersion(visit, version);
        var errors = new Dictionary<string, string[]>();
        var findings = (input.Findings ?? "").Trim();
        var recommendations = (input.Recommendations ?? "").Trim();
        if (findings.Length > Visit.FindingsLength)
        {
            errors["findings"] = [$"At most {Visit.FindingsLength} characters."];
        }

        if (recommendations.Length > Visit.FindingsLength)
        {
            errors["recommendations"] = [$"At most {Visit.FindingsLength} characters."];
        }

        var notes = new List<(VisitPerson Person, string Note)>();
        var inputNotes = input.Notes ?? [];
        for (var i = 0; i < inputNotes.Count; i++)
        {
            var note = (inputNotes[i].Note ?? "").Trim();
            if (note.Length > Visit.FindingsLength)
            {
                errors[$"notes[{i}].note"] = [$"At most {Visit.FindingsLength} characters."];
            }

            var personId = await PersonIdAsync(inputNotes[i].Person, $"notes[{i}].person", errors, cancellationToken);
            var onVisit = personId is { } id ? visit.Persons.FirstOrDefault(p => p.PersonId == id) : null;
            if (personId is not null && onVisit is null)
            {
                errors[$"notes[{i}].person"] = ["This person is not recorded on the visit: record their result first."];
            }
            else if (onVisit is not null)
            {
                notes.Add((onVisit, note));
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        visit.SetSealedFindings(
            findings.Length == 0 ? null : encryption.Encrypt(findings, VisitSealing.FindingsPurpose(visit.Id)),
            recommendations.Length == 0 ? null : encryption.Encrypt(recommendations, VisitSealing.RecommendationsPurpose(visit.Id)));
        foreach (var (person, note) in notes)
        {
            person.SetSealedNote(note.Length == 0 ? null : await encryption.EncryptForPersonAsync(person.PersonId, note, cancellationToken));
        }

        // The findings live on the visit, so writing them is a change of the visit: its version moves on.
        db.Entry(visit).State = EntityState.Modified;
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitFindingsWrite, $"wrote the confidential findings of visit {visit.Reference}", notes.Select(n => n.Person.PersonId));
        return await ReadFindingsAsync(visit.Reference, userMayWriteFindings, actor, cancellationToken);
    }

    /// <summary>
    /// Enters the results of a filled-in visit sheet (CSV or XLSX, <see cref="VisitSheetColumns"/>), all or nothing:
    /// every row is checked first and every problem reported by line and column; nothing is stored if one row is wrong.
    /// </summary>
    public async Task<VisitResultsReport> ImportResultsAsync(string reference, Stream content, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureIntermediary(actor);
        var visit = await FindAsync(reference, tracking: true, cancellationToken);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var sheet = new VisitSheetImport(db, persons, visit, SourceOf(visit), actor);
        var report = await sheet.RunAsync(buffer.ToArray(), (fileName ?? "").Split('/', '\\')[^1].Trim(), cancellationToken);
        if (report.Errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return report;
        }

        // One save, so one transaction: the sheet is stored whole or not at all.
        await SaveAsync(cancellationToken);

        foreach (var person in sheet.Registered)
        {
            persons.AuditRegistration(person, SourceOf(visit), actor);
        }

        if (sheet.Registered.Count > 0)
        {
            await new Registry.Duplicates.DuplicateFinder(db, clock).FindAsync(sheet.Registered.Select(p => p.Id).ToList(), cancellationToken);
        }

        audit.Record(actor, AuditActions.VisitResultsImport,
            $"entered the results of \"{report.FileName}\" on visit {visit.Reference}: {report.PersonsRecorded} recorded, {report.PersonsRegistered} registered",
            sheet.Touched);
        return report;
    }

    /// <summary>What a new visit for a request starts from: the request's place and the persons its answer accepted.</summary>
    public async Task<VisitRequestPrefill> PrefillFromRequestAsync(string requestReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var reference = VisitReference.Normalize(requestReference, VisitReference.RequestPrefix)
            ?? throw new ValidationFailedException("request", $"'{requestReference}' is not a visit request reference (VRQ-XXXX-XXXX).");
        var request = await db.VisitRequests.AsNoTracking().Include(r => r.Persons).SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken)
            ?? throw new ValidationFailedException("request", $"No visit request {reference}.");
        var placeCode = request.PlaceId is { } placeId ? await db.Places.Where(p => p.Id == placeId).Select(p => p.Code).SingleAsync(cancellationToken) : null;
        var accepted = request.Persons.Where(p => p.Answer == VisitPersonAnswer.Accepted).Select(p => p.PersonId).ToList();
        var names = await db.Persons.AsNoTracking().Where(p => accepted.Contains(p.Id))
            .Select(p => new { p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToListAsync(cancellationToken);
        return new VisitRequestPrefill(request.Reference, placeCode, request.Status,
            names.Select(n => $"{n.Reference.Value} {string.Join(' ', new[] { n.Surname, n.GivenName, n.Patronymic }.Where(s => s.Length > 0))}").Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Where a registration from a visit says it came from (the name form's and the event's source).</summary>
    internal static string SourceOf(Visit visit) => $"visit {visit.Reference}";

    internal static VisitPerson Record(Visit visit, VisitPersonDraft draft, bool registeredDuringVisit)
    {
        try
        {
            return visit.RecordPerson(draft, registeredDuringVisit);
        }
        catch (ValidationFailedException ex)
        {
            // The domain names the fields "person.x"; the API's body has them at the top level.
            throw new ValidationFailedException(ex.Errors.ToDictionary(e => e.Key.StartsWith("person.", StringComparison.Ordinal) ? e.Key["person.".Length..] : e.Key, e => e.Value));
        }
    }

    internal static VisitNotSeenReason ReadNotSeenReason(bool seen, string? text, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!seen)
            {
                errors[field] = [$"Say why the person was not seen: {VisitCodes.List<VisitNotSeenReason>(VisitCodes.Of)}."];
            }

            return VisitNotSeenReason.None;
        }

        if (!VisitCodes.TryParse<VisitNotSeenReason>(text, VisitCodes.Of, out var reason) || reason == VisitNotSeenReason.None)
        {
            errors[field] = [$"'{text.Trim()}' is not a reason: use {VisitCodes.List<VisitNotSeenReason>(VisitCodes.Of)}."];
            return VisitNotSeenReason.None;
        }

        if (seen)
        {
            errors[field] = ["A person seen has no reason for not being seen."];
        }

        return reason;
    }

    internal async Task<VisitRecord> RecordOfAsync(Visit visit, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().Where(p => p.Id == visit.PlaceId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken);
        var party = await db.Parties.AsNoTracking().Where(p => p.Id == visit.DetainingPartyId).Select(p => p.Code).SingleAsync(cancellationToken);
        string? requestReference = null;
        var expected = new List<PersonId>();
        if (visit.VisitRequestId is { } requestId)
        {
            requestReference = await db.VisitRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Reference).SingleAsync(cancellationToken);
            expected = await db.VisitRequestPersons.AsNoTracking().Where(p => p.RequestId == requestId && p.Answer == VisitPersonAnswer.Accepted)
                .Select(p => p.PersonId).ToListAsync(cancellationToken);
        }

        var ids = visit.Persons.Select(p => p.PersonId).Concat(expected).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var views = ids.Select(id =>
        {
            var p = people[id];
            var name = string.Join(' ', new[] { p.Surname, p.GivenName, p.Patronymic }.Where(s => s.Length > 0));
            return new VisitPersonView(id, p.Reference.Value, p.Surname, p.GivenName, p.Patronymic, PersonService.LatinReading(name),
                expected.Contains(id), visit.Persons.FirstOrDefault(vp => vp.PersonId == id));
        }).OrderBy(v => v.Surname, StringComparer.CurrentCulture).ThenBy(v => v.GivenName, StringComparer.CurrentCulture).ToList();
        var followUps = await VisitFollowUpService.ViewsAsync(db, db.VisitFollowUps.AsNoTracking().Where(f => f.VisitId == visit.Id).OrderBy(f => f.DueOn).ThenBy(f => f.Id),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return new VisitRecord(visit, place.Code, place.Name, party, requestReference, views, followUps);
    }

    internal async Task<Visit> FindAsync(string? reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = VisitReference.Normalize(reference, VisitReference.VisitPrefix) ?? throw new NotFoundException("Visit", reference ?? "");
        var visits = db.Visits.Include(v => v.Persons).AsSplitQuery();
        if (!tracking)
        {
            visits = visits.AsNoTracking();
        }

        return await visits.SingleOrDefaultAsync(v => v.Reference == normalized, cancellationToken) ?? throw new NotFoundException("Visit", normalized);
    }

    private async Task<IReadOnlyDictionary<PersonId, string>> PersonReferencesAsync(IEnumerable<PersonId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Reference.Value, cancellationToken);
    }

    /// <summary>A registered person by id or registry reference; a merged record leads to the person it was merged into.</summary>
    internal Task<PersonId?> PersonIdAsync(string? idOrReference, string field, IDictionary<string, string[]> errors, CancellationToken cancellationToken) =>
        PersonLookups.IdAsync(db, idOrReference, field, errors, cancellationToken);

    private async Task<PersonId> PersonIdAsync(string? idOrReference, string field, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var id = await PersonIdAsync(idOrReference, field, errors, cancellationToken);
        ValidationFailedException.ThrowIfAny(errors);
        return id!.Value;
    }

    private async Task<PlaceOfDetention> PlaceAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ValidationFailedException("place", "Give the code of the place of detention visited.");
        }

        var wanted = code.Trim().ToUpperInvariant();
        return await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Code == wanted, cancellationToken)
            ?? throw new ValidationFailedException("place", $"'{code.Trim()}' is not a known place-of-detention code.");
    }

    private static VisitDraft Draft(VisitInput input, PlaceId place, VisitRequestId? request)
    {
        var errors = new Dictionary<string, string[]>();
        var started = ParseDate(input.StartedOn, "startedOn", required: true, errors);
        var ended = string.IsNullOrWhiteSpace(input.EndedOn) ? started : ParseDate(input.EndedOn, "endedOn", required: true, errors);
        ValidationFailedException.ThrowIfAny(errors);
        return new VisitDraft(place, request, started!.Value, ended!.Value, input.Delegates ?? [], input.AllPlacesSeen,
            input.PrivateInterviewsAllowed, input.DetaineeListProvided, input.AccessNotes);
    }

    internal static DateOnly? ParseDate(string? text, string field, bool required)
    {
        var errors = new Dictionary<string, string[]>();
        var date = ParseDate(text, field, required, errors);
        ValidationFailedException.ThrowIfAny(errors);
        return date;
    }

    internal static DateOnly? ParseDate(string? text, string field, bool required, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = ["The date is required (YYYY-MM-DD)."];
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{text.Trim()}' is not a date: write YYYY-MM-DD."];
        return null;
    }

    internal static void EnsureIntermediary(Actor actor) =>
        IntermediaryWork.Ensure(actor, "Visits are recorded and read by the intermediary's staff only.");

    private static void EnsureNeedToKnow(bool userHasNeedToKnow)
    {
        if (!userHasNeedToKnow)
        {
            throw new ForbiddenException("A visit's confidential findings are read and written only by the intermediary's delegates and caseworkers.");
        }
    }

    private static void ExpectVersion(Visit visit, int expectedVersion)
    {
        if (visit.Version != expectedVersion)
        {
            throw new ConflictException($"Visit {visit.Reference} was changed by someone else (version {visit.Version}, you had {expectedVersion}). Reload it and make your change again.");
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The visit was changed by someone else while you were editing it. Reload it and make your change again.");
        }
    }
}
