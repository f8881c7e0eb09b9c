using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Visits;

/// <summary>
/// Use cases of visit requests: the intermediary asks a detaining party to visit a place and/or named persons (picked
/// by hand or by the worklist), follows the answer, accepts another date, asks again or withdraws; the party's liaison
/// officer reads and answers the requests addressed to their own party. A request of another party does not exist for
/// an officer: it is answered 404, never 403, so a party cannot learn of it. Every read and change is audited with the
/// persons on the request.
/// </summary>
public sealed class VisitRequestService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, VisitSettings settings)
{
    /// <summary>An open family enquiry: one still looked after, whatever came of the search so far.</summary>
    private static readonly EnquiryStatus[] OpenEnquiryStatuses = [EnquiryStatus.Open, EnquiryStatus.Searching, EnquiryStatus.Located];

    public async Task<VisitRequestRecord> CreateAsync(VisitRequestInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureStaff(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (party, place) = await ReadPartyAndPlaceAsync(errors, "party", "place", input.Party, input.Place, cancellationToken);
        var proposedFrom = ReadDate(errors, "proposedFrom", input.ProposedFrom, required: true);
        var proposedTo = ReadDate(errors, "proposedTo", input.ProposedTo, required: true);
        var priority = ReadCode<VisitPriority>(errors, "priority", input.Priority, VisitRequestCodes.Of, "a priority") ?? VisitPriority.Routine;
        var requested = new List<RequestedPerson>();
        if (party is { } partyId)
        {
            requested.AddRange(await ReadNamedPersonsAsync(errors, input.Persons ?? [], partyId, place, cancellationToken));
            if (input.FromWorklist is { } filter)
            {
                await AddWorklistSelectionAsync(errors, requested, filter, partyId, place, input.Party, input.Place, cancellationToken);
            }
        }

        if (requested.Count > VisitRequest.MaxPersons && !errors.ContainsKey("persons"))
        {
            errors["persons"] = [string.Create(CultureInfo.InvariantCulture,
                $"The request would name {requested.Count} persons; a request names at most {VisitRequest.MaxPersons}. Narrow the selection (one place, fewer days) or ask for a visit to the whole place.")];
        }

        VisitRequest? request = null;
        try
        {
            request = VisitRequest.Create(
                new VisitRequestDraft(party ?? default, place?.Id, proposedFrom ?? default, proposedTo ?? default, input.Purpose, priority, requested),
                actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException failure)
        {
            // A value that could not be read reaches the rules as missing: the reader's message, naming the value, is kept.
            foreach (var (field, messages) in failure.Errors)
            {
                errors.TryAdd(field, messages);
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        var created = request!;
        db.VisitRequests.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestCreate, string.Create(CultureInfo.InvariantCulture,
            $"asked {input.Party!.Trim().ToUpperInvariant()} to visit{(place is null ? "" : " " + place.Code)} ({created.Persons.Count} persons): request {created.Reference}"),
            created.Persons.Select(p => p.PersonId));
        db.Entry(created).State = EntityState.Detached;
        return await RecordOfAsync(created, cancellationToken);
    }

    /// <summary>
    /// The requests, newest first. The intermediary's staff see every request; a party's officer only those addressed to
    /// their party, awaiting an answer first.
    /// </summary>
    public async Task<PagedResult<VisitRequestSummary>> ListAsync(VisitRequestQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureNotPublic(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var requests = db.VisitRequests.AsNoTracking();
        if (!actor.IsIntermediary)
        {
            var own = await PartyScope.PartyOfAsync(db, actor, cancellationToken);
            requests = own is { } ownParty ? requests.Where(r => r.DetainingPartyId == ownParty) : requests.Where(r => false);
        }

        var (party, place) = await ReadPartyAndPlaceAsync(errors, "party", "place", query.Party, query.Place, cancellationToken, partyRequired: false);
        var status = ReadCode<VisitRequestStatus>(errors, "status", query.Status, VisitRequestCodes.Of, "a request status");
        var priority = ReadCode<VisitPriority>(errors, "priority", query.Priority, VisitRequestCodes.Of, "a priority");
        ValidationFailedException.ThrowIfAny(errors);
        if (party is { } partyId)
        {
            requests = requests.Where(r => r.DetainingPartyId == partyId);
        }

        if (place is not null)
        {
            var placeId = place.Id;
            requests = requests.Where(r => r.PlaceId == placeId);
        }

        if (status is { } wanted)
        {
            requests = requests.Where(r => r.Status == wanted);
        }

        if (priority is { } wantedPriority)
        {
            requests = requests.Where(r => r.Priority == wantedPriority);
        }

        var now = clock.GetUtcNow();
        if (query.OverdueOnly)
        {
            // Compared here rather than in SQL: SQLite cannot compare DateTimeOffset values; the requests awaiting an answer are few.
            var awaiting = await requests.Where(r => r.Status == VisitRequestStatus.AwaitingAnswer)
                .Select(r => new { r.Id, r.AwaitingSince }).ToListAsync(cancellationToken);
            var overdue = awaiting.Where(r => now - r.AwaitingSince > settings.AnswerDue).Select(r => r.Id).ToList();
            requests = requests.Where(r => overdue.Contains(r.Id));
        }

        var total = await requests.CountAsync(cancellationToken);
        // Ids are version 7 GUIDs, ordered by creation time on both providers; SQLite cannot order by a DateTimeOffset.
        var ordered = actor.IsIntermediary
            ? requests.OrderByDescending(r => r.Id)
            : requests.OrderBy(r => r.Status == VisitRequestStatus.AwaitingAnswer ? 0 : 1).ThenByDescending(r => r.Id);
        var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new { Request = r, Persons = r.Persons.Count })
            .ToListAsync(cancellationToken);
        var partyIds = rows.Select(r => r.Request.DetainingPartyId).Distinct().ToList();
        var placeIds = rows.Select(r => r.Request.PlaceId).OfType<PlaceId>().Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = rows.Select(row =>
        {
            var r = row.Request;
            var at = r.PlaceId is { } id ? places.GetValueOrDefault(id) : null;
            return new VisitRequestSummary(r.Id, r.Reference, parties.GetValueOrDefault(r.DetainingPartyId, ""), at?.Code, at?.Name, r.Status, r.Priority,
                r.ProposedFrom, r.ProposedTo, row.Persons, r.SentAt, r.AwaitingSince, r.AnsweredAt, r.VisitAt, r.ProposedAt, r.IsOverdue(now, settings.AnswerDue));
        }).ToList();
        var filters = string.Join(' ', new[]
        {
            query.Party is { Length: > 0 } ? $"party={query.Party.Trim()}" : null, query.Place is { Length: > 0 } ? $"place={query.Place.Trim()}" : null,
            status is { } s ? $"status={VisitRequestCodes.Of(s)}" : null, priority is { } p ? $"priority={VisitRequestCodes.Of(p)}" : null, query.OverdueOnly ? "overdue" : null,
        }.OfType<string>());
        audit.Record(actor, AuditActions.VisitRequestList, string.Create(CultureInfo.InvariantCulture,
            $"listed visit requests {filters} page {page} of size {pageSize}, {total} found: {string.Join(' ', items.Select(i => i.Reference))}"), []);
        return new PagedResult<VisitRequestSummary>(items, total, page, pageSize);
    }

    /// <summary>A request by reference (VRQ-…) or id; for a party's officer, only a request addressed to their party.</summary>
    public async Task<VisitRequestRecord> GetAsync(string referenceOrId, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureNotPublic(actor);
        var request = await FindAsync(referenceOrId, actor, tracked: false, cancellationToken);
        var record = await RecordOfAsync(request, cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestRead, $"read visit request {request.Reference}", request.Persons.Select(p => p.PersonId));
        return record;
    }

    /// <summary>The detaining party's answer, given by one of its liaison officers; a request of another party is not found.</summary>
    public async Task<VisitRequestRecord> AnswerAsync(string referenceOrId, VisitAnswerInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureNotPublic(actor);
        if (actor.IsIntermediary)
        {
            throw new ForbiddenException("Only the detaining party's liaison officer answers a visit request.");
        }

        var request = await FindAsync(referenceOrId, actor, tracked: true, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var outcome = ReadCode<VisitRequestStatus>(errors, "outcome", input.Outcome, VisitRequestCodes.Of, "an answer", required: true);
        if (outcome is { } given && !VisitRequestCodes.AnswerOutcomes.Contains(given))
        {
            errors["outcome"] = [$"'{input.Outcome!.Trim()}' is not an answer: use {string.Join(", ", VisitRequestCodes.AnswerOutcomes.Select(VisitRequestCodes.Of))}."];
        }

        var visitAt = ReadDateTime(errors, "visitAt", input.VisitAt);
        var proposedAt = ReadDateTime(errors, "proposedAt", input.ProposedAt);
        RequireVersion(errors, input.Version);
        var references = await PersonReferencesAsync(request.Persons.Select(p => p.PersonId).ToList(), cancellationToken);
        var answers = new List<PersonAnswerDraft>();
        var inputs = input.Persons ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var personInput = inputs[i];
            var personId = request.Persons.Select(p => p.PersonId)
                .FirstOrDefault(id => Matches(personInput.PersonId, id, references.GetValueOrDefault(id)));
            if (personId == default)
            {
                errors[$"persons[{i}].personId"] = [string.IsNullOrWhiteSpace(personInput.PersonId)
                    ? "Give the person's registry reference."
                    : $"'{personInput.PersonId.Trim()}' is not a person on this request."];
                continue;
            }

            var answer = ReadCode<VisitPersonAnswer>(errors, $"persons[{i}].answer", personInput.Answer, VisitRequestCodes.Of, "an answer about the person", required: true);
            answers.Add(new PersonAnswerDraft(personId, answer ?? VisitPersonAnswer.Pending, personInput.Reason));
        }

        ValidationFailedException.ThrowIfAny(errors);
        ExpectVersion(request, input.Version!.Value);
        var before = request.Status;
        request.Answer(new VisitRequestAnswerDraft(outcome!.Value, visitAt, proposedAt, input.Reason, answers), actor, clock.GetUtcNow());
        await SaveAsync(request, cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestAnswer,
            $"visit request {request.Reference} answered {VisitRequestCodes.Of(before)} -> {VisitRequestCodes.Of(request.Status)}: "
            + string.Join(' ', request.Persons.Select(p => $"{references.GetValueOrDefault(p.PersonId)}={VisitRequestCodes.Of(p.Answer)}")),
            request.Persons.Select(p => p.PersonId));
        return await DetachedRecordAsync(request, cancellationToken);
    }

    public async Task<VisitRequestRecord> AcceptProposedDateAsync(string referenceOrId, VisitRequestStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureStaff(actor);
        var request = await StepAsync(referenceOrId, input, actor, cancellationToken);
        request.AcceptProposedDate(actor, clock.GetUtcNow());
        await SaveAsync(request, cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestAcceptDate,
            $"visit request {request.Reference}: the party's date {request.VisitAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} accepted", request.Persons.Select(p => p.PersonId));
        return await DetachedRecordAsync(request, cancellationToken);
    }

    public async Task<VisitRequestRecord> AskAgainAsync(string referenceOrId, VisitRequestStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureStaff(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = ReadDate(errors, "proposedFrom", input.ProposedFrom, required: true);
        var to = ReadDate(errors, "proposedTo", input.ProposedTo, required: true);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);
        var request = await StepAsync(referenceOrId, input, actor, cancellationToken);
        var before = request.Status;
        request.AskAgain(from!.Value, to!.Value, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(request, cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestAskAgain, string.Create(CultureInfo.InvariantCulture,
            $"visit request {request.Reference} asked again after {VisitRequestCodes.Of(before)} for {request.ProposedFrom:yyyy-MM-dd}..{request.ProposedTo:yyyy-MM-dd}"),
            request.Persons.Select(p => p.PersonId));
        return await DetachedRecordAsync(request, cancellationToken);
    }

    public async Task<VisitRequestRecord> WithdrawAsync(string referenceOrId, VisitRequestStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureStaff(actor);
        var request = await StepAsync(referenceOrId, input, actor, cancellationToken);
        var before = request.Status;
        request.Withdraw(input.Reason, actor, clock.GetUtcNow());
        await SaveAsync(request, cancellationToken);
        audit.Record(actor, AuditActions.VisitRequestWithdraw, $"visit request {request.Reference} withdrawn after {VisitRequestCodes.Of(before)}", request.Persons.Select(p => p.PersonId));
        return await DetachedRecordAsync(request, cancellationToken);
    }

    /// <summary>
    /// The worklist: the persons the party holds (at the place, if given), alive and not merged away, whom the filter
    /// selects, each with why and when a delegate last saw them. Ordered by place, then name.
    /// </summary>
    public async Task<PagedResult<VisitWorklistEntry>> WorklistAsync(VisitWorklistFilter filter, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        EnsureStaff(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (party, place) = await ReadPartyAndPlaceAsync(errors, "party", "place", filter.Party, filter.Place, cancellationToken);
        CheckDays(errors, "notSeenForDays", filter.NotSeenForDays);
        ValidationFailedException.ThrowIfAny(errors);
        var selected = await SelectAsync(filter, party!.Value, place, cancellationToken);
        var items = selected.Skip((pageNumber - 1) * size).Take(size).ToList();
        audit.Record(actor, AuditActions.VisitWorklist, string.Create(CultureInfo.InvariantCulture,
            $"worklist {DescribeFilter(filter, place)} page {pageNumber} of size {size}, {selected.Count} selected"), items.Select(i => i.PersonId));
        return new PagedResult<VisitWorklistEntry>(items, selected.Count, pageNumber, size);
    }

    /// <summary>The whole worklist selection at once, for a form that shows it to be ticked; at most one more than a request may name.</summary>
    public async Task<IReadOnlyList<VisitWorklistEntry>> SelectionAsync(VisitWorklistFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        EnsureStaff(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (party, place) = await ReadPartyAndPlaceAsync(errors, "party", "place", filter.Party, filter.Place, cancellationToken);
        CheckDays(errors, "notSeenForDays", filter.NotSeenForDays);
        ValidationFailedException.ThrowIfAny(errors);
        var selected = await SelectAsync(filter, party!.Value, place, cancellationToken);
        var shown = selected.Take(VisitRequest.MaxPersons + 1).ToList();
        audit.Record(actor, AuditActions.VisitWorklist, string.Create(CultureInfo.InvariantCulture,
            $"worklist {DescribeFilter(filter, place)}, {selected.Count} selected, {shown.Count} shown"), shown.Select(i => i.PersonId));
        return shown;
    }

    private async Task<List<VisitWorklistEntry>> SelectAsync(VisitWorklistFilter filter, PartyId party, PlaceOfDetention? place, CancellationToken cancellationToken)
    {
        var noCriteria = filter.NotSeenForDays is null && filter.NeverVisited is null && filter.SeriouslyIll is not true && filter.EnquiryPending is not true;
        var notSeenForDays = filter.NotSeenForDays ?? (noCriteria ? settings.RevisitDays : null);
        var neverVisited = filter.NeverVisited ?? notSeenForDays is not null;
        var seriouslyIll = filter.SeriouslyIll is true;
        var enquiryPending = filter.EnquiryPending is true;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly? seenBefore = notSeenForDays is { } days ? today.AddDays(-days) : null;

        var heldStatuses = VisitQueries.HeldStatuses.ToList();
        var held = db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null && heldStatuses.Contains(p.CurrentStatus));
        var places = db.Places.AsNoTracking().Where(pl => pl.HoldingPartyId == party);
        if (place is not null)
        {
            var placeId = place.Id;
            places = places.Where(pl => pl.Id == placeId);
        }

        var rows = await (from person in held
                          join at in places on person.CurrentPlaceId equals at.Id
                          select new
                          {
                              person.Id, person.Reference, person.Surname, person.GivenName, person.Patronymic, person.SeriouslyIllOrWounded,
                              PlaceCode = at.Code, PlaceName = at.Name,
                              EnquiryPending = db.Enquiries.Any(e => e.PersonId == person.Id && OpenEnquiryStatuses.Contains(e.Status)),
                          })
            .ToListAsync(cancellationToken);
        // Read whole (one row per person ever seen) and matched here with the held persons above; moving both the join and the
        // criteria into SQL is left for the scale work (docs/visits.md, "Left for later").
        var lastSeen = (await VisitQueries.LastSeen(db).ToListAsync(cancellationToken)).ToDictionary(s => s.PersonId, s => s.LastSeenOn);

        var selected = new List<VisitWorklistEntry>();
        foreach (var r in rows)
        {
            DateOnly? seenOn = lastSeen.TryGetValue(r.Id, out var on) ? on : null;
            var reasons = new List<VisitPersonReason>();
            if (seriouslyIll && r.SeriouslyIllOrWounded)
            {
                reasons.Add(VisitPersonReason.SeriouslyIll);
            }

            if (enquiryPending && r.EnquiryPending)
            {
                reasons.Add(VisitPersonReason.FamilyEnquiryPending);
            }

            if (neverVisited && seenOn is null)
            {
                reasons.Add(VisitPersonReason.NeverVisited);
            }

            if (seenBefore is { } cutoff && seenOn < cutoff)
            {
                reasons.Add(VisitPersonReason.NotVisitedRecently);
            }

            if (reasons.Count > 0)
            {
                var fullName = string.Join(' ', new[] { r.Surname, r.GivenName, r.Patronymic }.Where(s => s.Length > 0));
                selected.Add(new VisitWorklistEntry(r.Id, r.Reference.Value, r.Surname, r.GivenName, r.Patronymic, PersonService.LatinReading(fullName),
                    r.PlaceCode, r.PlaceName, reasons, seenOn));
            }
        }

        return selected
            .OrderBy(e => e.PlaceCode, StringComparer.Ordinal).ThenBy(e => e.NameLatin, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToList();
    }

    private async Task AddWorklistSelectionAsync(
        Dictionary<string, string[]> errors, List<RequestedPerson> requested, VisitWorklistFilter filter, PartyId party, PlaceOfDetention? place,
        string? requestParty, string? requestPlace, CancellationToken cancellationToken)
    {
        // The selection is of the request's own party and place unless it names them; naming others would ask one party about another's prisoners.
        var filterErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (filterParty, filterPlace) = await ReadPartyAndPlaceAsync(filterErrors, "fromWorklist.party", "fromWorklist.place",
            string.IsNullOrWhiteSpace(filter.Party) ? requestParty : filter.Party, string.IsNullOrWhiteSpace(filter.Place) ? requestPlace : filter.Place, cancellationToken);
        CheckDays(filterErrors, "fromWorklist.notSeenForDays", filter.NotSeenForDays);
        if (filterParty is { } other && other != party)
        {
            filterErrors["fromWorklist.party"] = ["The selection must be of the persons the request's party holds."];
        }

        if (place is not null && filterPlace is not null && filterPlace.Id != place.Id)
        {
            filterErrors["fromWorklist.place"] = ["The selection must be of the request's place."];
        }

        foreach (var (field, messages) in filterErrors)
        {
            errors.TryAdd(field, messages);
        }

        if (filterErrors.Count > 0)
        {
            return;
        }

        var selection = await SelectAsync(filter, party, filterPlace, cancellationToken);
        if (selection.Count == 0)
        {
            errors.TryAdd("fromWorklist", ["The selection finds no one: widen it, or name the persons."]);
            return;
        }

        if (selection.Count > VisitRequest.MaxPersons)
        {
            errors.TryAdd("fromWorklist", [string.Create(CultureInfo.InvariantCulture,
                $"The selection finds {selection.Count} persons; a request names at most {VisitRequest.MaxPersons}. Narrow it (one place, fewer days) or ask for a visit to the whole place.")]);
            return;
        }

        var named = requested.Select(r => r.PersonId).ToHashSet();
        requested.AddRange(selection.Where(s => !named.Contains(s.PersonId)).Select(s => new RequestedPerson(s.PersonId, s.Reasons.Count > 0 ? s.Reasons[0] : VisitPersonReason.Named)));
    }

    /// <summary>Each named person must exist, not be merged away, and be held by the party (at the place, when one is named); the error names the line.</summary>
    private async Task<List<RequestedPerson>> ReadNamedPersonsAsync(
        Dictionary<string, string[]> errors, IReadOnlyList<VisitRequestPersonInput> inputs, PartyId party, PlaceOfDetention? place, CancellationToken cancellationToken)
    {
        var requested = new List<RequestedPerson>();
        var heldStatuses = VisitQueries.HeldStatuses;
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"persons[{i}].personId";
            var text = (inputs[i].PersonId ?? "").Trim();
            var reason = ReadCode<VisitPersonReason>(errors, $"persons[{i}].reason", inputs[i].Reason, VisitRequestCodes.Of, "a reason") ?? VisitPersonReason.Named;
            if (text.Length == 0)
            {
                errors[field] = ["Give the person's registry reference (KL-…)."];
                continue;
            }

            Person? person = null;
            if (Guid.TryParse(text, out var guid))
            {
                var id = new PersonId(guid);
                person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            }
            else if (IntermediaryReference.TryParse(text, out var reference))
            {
                person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Reference == reference!, cancellationToken);
            }

            if (person is null)
            {
                errors[field] = [$"No person in the registry has the reference '{text}'."];
                continue;
            }

            if (person.MergedIntoId is { } survivor)
            {
                var into = await db.Persons.AsNoTracking().Where(p => p.Id == survivor).Select(p => p.Reference).SingleOrDefaultAsync(cancellationToken);
                errors[field] = [$"{person.Reference.Value} was merged into {into?.Value}: name that record instead."];
                continue;
            }

            if (!heldStatuses.Contains(person.CurrentStatus) || person.CurrentPlaceId is not { } placeId)
            {
                errors[field] = [$"{person.Reference.Value} is not held now (status {RegistryCodes.Of(person.CurrentStatus)}): there is no one to visit."];
                continue;
            }

            var heldAt = await db.Places.AsNoTracking().SingleAsync(p => p.Id == placeId, cancellationToken);
            if (heldAt.HoldingPartyId != party)
            {
                errors[field] = [$"{person.Reference.Value} is not held by this party: ask the party that holds them, at {heldAt.Code}."];
            }
            else if (place is not null && heldAt.Id != place.Id)
            {
                errors[field] = [$"{person.Reference.Value} is held at {heldAt.Code}, not at {place.Code}: make a request for that place, or name no place."];
            }
            else if (requested.Any(r => r.PersonId == person.Id))
            {
                errors[field] = [$"{person.Reference.Value} is named twice."];
            }
            else
            {
                requested.Add(new RequestedPerson(person.Id, reason));
            }
        }

        return requested;
    }

    private async Task<VisitRequest> StepAsync(string referenceOrId, VisitRequestStepInput input, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);
        var request = await FindAsync(referenceOrId, actor, tracked: true, cancellationToken);
        ExpectVersion(request, input.Version!.Value);
        return request;
    }

    /// <summary>The request with its persons and events; for a party's officer, one of another party is not found.</summary>
    private async Task<VisitRequest> FindAsync(string? referenceOrId, Actor actor, bool tracked, CancellationToken cancellationToken)
    {
        var key = (referenceOrId ?? "").Trim();
        var requests = (tracked ? db.VisitRequests : db.VisitRequests.AsNoTracking()).Include(r => r.Persons).Include(r => r.Events);
        VisitRequest? request = null;
        if (Guid.TryParse(key, out var guid))
        {
            var id = new VisitRequestId(guid);
            request = await requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        }
        else if (VisitReference.Normalize(key, VisitReference.RequestPrefix) is { } reference)
        {
            request = await requests.SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        }

        if (request is not null && !actor.IsIntermediary)
        {
            var own = await PartyScope.PartyOfAsync(db, actor, cancellationToken);
            if (own != request.DetainingPartyId)
            {
                request = null;
            }
        }

        return request ?? throw new NotFoundException("Visit request", key);
    }

    private async Task<VisitRequestRecord> DetachedRecordAsync(VisitRequest request, CancellationToken cancellationToken)
    {
        db.Entry(request).State = EntityState.Detached;
        return await RecordOfAsync(request, cancellationToken);
    }

    private async Task<VisitRequestRecord> RecordOfAsync(VisitRequest request, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == request.DetainingPartyId, cancellationToken);
        PlaceOfDetention? place = null;
        if (request.PlaceId is { } placeId)
        {
            place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placeId, cancellationToken);
        }

        var ids = request.Persons.Select(p => p.PersonId).ToList();
        var persons = new Dictionary<PersonId, (string Reference, string Surname, string GivenName, string Patronymic)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                persons[row.Id] = (row.Reference.Value, row.Surname, row.GivenName, row.Patronymic);
            }
        }

        var views = request.Persons.Select(p =>
        {
            var (reference, surname, given, patronymic) = persons.GetValueOrDefault(p.PersonId, ("", "", "", ""));
            var fullName = string.Join(' ', new[] { surname, given, patronymic }.Where(s => s.Length > 0));
            return new VisitRequestPersonView(p.PersonId, reference, surname, given, patronymic, PersonService.LatinReading(fullName), p.Reason, p.Answer, p.AnswerReason, p.AnsweredAt);
        }).OrderBy(v => v.NameLatin, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Reference, StringComparer.Ordinal).ToList();
        var events = request.Events.OrderBy(e => e.At).ThenBy(e => e.Id.Value).ToList();
        var now = clock.GetUtcNow();
        DateTimeOffset? dueAt = request.Status == VisitRequestStatus.AwaitingAnswer ? request.AwaitingSince + settings.AnswerDue : null;
        return new VisitRequestRecord(request, party.Code, party.Name, place?.Code, place?.Name, views, events, request.IsOverdue(now, settings.AnswerDue), dueAt);
    }

    private async Task<Dictionary<PersonId, string>> PersonReferencesAsync(IReadOnlyList<PersonId> ids, CancellationToken cancellationToken)
    {
        var references = new Dictionary<PersonId, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToListAsync(cancellationToken))
            {
                references[row.Id] = row.Reference.Value;
            }
        }

        return references;
    }

    private static bool Matches(string? text, PersonId id, string? reference)
    {
        var key = (text ?? "").Trim();
        if (key.Length == 0)
        {
            return false;
        }

        if (Guid.TryParse(key, out var guid))
        {
            return guid == id.Value;
        }

        return reference is not null && IntermediaryReference.TryParse(key, out var parsed) && parsed!.Value == reference;
    }

    /// <summary>The party (a conflict party's code) and the place (a code, held by that party).</summary>
    private async Task<(PartyId? Party, PlaceOfDetention? Place)> ReadPartyAndPlaceAsync(
        Dictionary<string, string[]> errors, string partyField, string placeField, string? partyText, string? placeText, CancellationToken cancellationToken, bool partyRequired = true)
    {
        PartyId? party = null;
        var parties = await PartyService.ConflictPartyCodesAsync(db, cancellationToken);
        if (string.IsNullOrWhiteSpace(partyText))
        {
            if (partyRequired)
            {
                errors[partyField] = [$"Give the detaining party: {string.Join(", ", parties.Keys.Order(StringComparer.Ordinal))}."];
            }
        }
        else if (parties.TryGetValue(partyText.Trim(), out var id))
        {
            party = id;
        }
        else
        {
            errors[partyField] = [$"'{partyText.Trim()}' is not a conflict party: use {string.Join(", ", parties.Keys.Order(StringComparer.Ordinal))}."];
        }

        PlaceOfDetention? place = null;
        if (!string.IsNullOrWhiteSpace(placeText))
        {
            var code = placeText.Trim().ToUpperInvariant();
            place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
            if (place is null)
            {
                errors[placeField] = [$"No place of detention has the code '{placeText.Trim()}'."];
            }
            else if (party is { } holder && place.HoldingPartyId != holder)
            {
                errors[placeField] = [$"{place.Code} is not held by {partyText!.Trim().ToUpperInvariant()}: a request goes to the party that holds the place."];
                place = null;
            }
        }

        return (party, place);
    }

    private static string DescribeFilter(VisitWorklistFilter filter, PlaceOfDetention? place) => string.Join(' ', new[]
    {
        $"party={filter.Party?.Trim().ToUpperInvariant()}", place is null ? null : $"place={place.Code}",
        filter.NotSeenForDays is { } days ? string.Create(CultureInfo.InvariantCulture, $"notSeenForDays={days}") : null,
        filter.NeverVisited is { } never ? $"neverVisited={never}" : null, filter.SeriouslyIll is true ? "seriouslyIll" : null, filter.EnquiryPending is true ? "enquiryPending" : null,
    }.OfType<string>());

    private static void CheckDays(Dictionary<string, string[]> errors, string field, int? days)
    {
        if (days is < 1 or > 3650)
        {
            errors[field] = ["Give a number of days from 1 to 3650."];
        }
    }

    private async Task SaveAsync(VisitRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(request.Reference);
        }
    }

    private static void ExpectVersion(VisitRequest request, int expectedVersion)
    {
        if (request.Version != expectedVersion)
        {
            throw Stale(request.Reference, request.Version, expectedVersion);
        }
    }

    private static ConflictException Stale(string reference, int? current = null, int? expected = null) => new(current is null
        ? $"Visit request {reference} was changed by someone else while you were changing it. Reload it and make your change again."
        : $"Visit request {reference} was changed by someone else (version {current}, you had {expected}). Reload it and make your change again.");

    private static void RequireVersion(Dictionary<string, string[]> errors, int? version)
    {
        if (version is null)
        {
            errors["version"] = ["Give the version of the request you read, so that a change made meanwhile is not overwritten."];
        }
    }

    private static DateOnly? ReadDate(Dictionary<string, string[]> errors, string field, string? text, bool required = false) =>
        VisitService.ParseDate(text, field, required, errors);

    /// <summary>An ISO 8601 date and time; without an offset it is read as UTC.</summary>
    internal static DateTimeOffset? ReadDateTime(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm"];
        if (DateTimeOffset.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            // Stored in UTC: PostgreSQL keeps no offset, and the same instant reads the same on both providers.
            return at.ToUniversalTime();
        }

        errors[field] = [$"'{text.Trim()}' is not a date and time: write YYYY-MM-DDTHH:MM (UTC), or with an offset such as +03:00."];
        return null;
    }

    private static T? ReadCode<T>(Dictionary<string, string[]> errors, string field, string? text, Func<T, string> code, string what, bool required = false)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"Give {what}: {VisitRequestCodes.List(code)}."];
            }

            return null;
        }

        if (VisitRequestCodes.TryParse(text, code, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not {what}: use {VisitRequestCodes.List(code)}."];
        return null;
    }

    private static void EnsureNotPublic(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsPublic)
        {
            throw new ForbiddenException("Visit requests are not shown on the public pages.");
        }
    }

    /// <summary>Asking, following and withdrawing are the intermediary's staff's work; a party only answers.</summary>
    private static void EnsureStaff(Actor actor)
    {
        EnsureNotPublic(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("Visit requests are made and followed by the intermediary's staff; a party's officer answers them.");
        }
    }
}
