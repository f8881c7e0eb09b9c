using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Visits;

/// <summary>
/// Coverage and planning of visits (issue 6 item 5): per party and per place the share of held persons a delegate has
/// seen, the persons overdue, how each party answers requests, a place's visit sheet, and a person's visit history.
/// The intermediary's alone: a party's account and the public form are refused. Counts are grouped in the database, so
/// the figures cost the same whether the registry holds a thousand persons or a hundred thousand.
/// </summary>
public sealed class VisitCoverageService(KinlinkDbContext db, PersonService persons, AuditTrail audit, VisitSettings settings, TimeProvider clock)
{
    /// <summary>The enquiry statuses that end a case: an enquiry in any other is open and shows on the sheet.</summary>
    private static readonly EnquiryStatus[] ClosedEnquiryStatuses = [EnquiryStatus.ClosedWithoutResult, EnquiryStatus.Withdrawn, EnquiryStatus.ReportedDead];

    public async Task<VisitCoverageReport> CoverageAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var report = await CountCoverageAsync(cancellationToken);
        RecordCoverageRead(audit, actor, report);
        return report;
    }

    /// <summary>The audit entry of a read of the coverage, for whoever shows it.</summary>
    internal static void RecordCoverageRead(AuditTrail audit, Actor actor, VisitCoverageReport report) =>
        audit.Record(actor, AuditActions.VisitCoverage, $"read visit coverage of {report.Places.Count} places", []);

    /// <summary>The coverage counted for the intermediary, unaudited: the caller records who read it (the dashboard counts it once for many readers).</summary>
    internal async Task<VisitCoverageReport> CountCoverageAsync(CancellationToken cancellationToken)
    {
        var today = Today();
        var cutoff = today.AddDays(-settings.RevisitDays);
        var counts = await HeldPersons()
            .GroupBy(h => h.PlaceId)
            .Select(g => new
            {
                PlaceId = g.Key,
                Held = g.Count(),
                Seen = g.Count(h => h.LastSeenOn != null),
                Overdue = g.Count(h => h.LastSeenOn == null || h.LastSeenOn < cutoff),
            })
            .ToDictionaryAsync(c => c.PlaceId, cancellationToken);
        var lastVisits = await db.Visits.AsNoTracking()
            .GroupBy(v => v.PlaceId)
            .Select(g => new { PlaceId = g.Key, Last = g.Max(v => v.EndedOn) })
            .ToDictionaryAsync(v => v.PlaceId, v => v.Last, cancellationToken);
        var parties = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var partyCodes = parties.ToDictionary(p => p.Id, p => p.Code);
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);

        var placeRows = places
            .Where(p => partyCodes.ContainsKey(p.HoldingPartyId))
            .Select(p =>
            {
                var count = counts.GetValueOrDefault(p.Id);
                return new PlaceCoverage(p.Id, p.Code, p.Name, p.NameLatin, partyCodes[p.HoldingPartyId], count?.Held ?? 0, count?.Seen ?? 0, count?.Overdue ?? 0,
                    lastVisits.TryGetValue(p.Id, out var last) ? last : null);
            })
            .OrderBy(p => p.PartyCode, StringComparer.Ordinal).ThenBy(p => p.PlaceCode, StringComparer.Ordinal)
            .ToList();
        var partyRows = parties.Select(party =>
        {
            var own = placeRows.Where(p => p.PartyCode == party.Code).ToList();
            return new PartyCoverage(party.Code, party.Name, own.Sum(p => p.Held), own.Sum(p => p.Seen), own.Sum(p => p.Overdue), own.Max(p => p.LastVisitOn));
        }).ToList();

        return new VisitCoverageReport(partyRows, placeRows, today, settings.RevisitDays);
    }

    /// <summary>
    /// The persons overdue for a visit, never seen first, then those seen longest ago; <paramref name="party"/> (the
    /// holding party's code) and <paramref name="place"/> (a place code) narrow the list.
    /// </summary>
    public async Task<PagedResult<OverduePerson>> OverdueAsync(string? party, string? place, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var today = Today();
        var cutoff = today.AddDays(-settings.RevisitDays);
        var overdue = HeldPersons().Where(h => h.LastSeenOn == null || h.LastSeenOn < cutoff);
        if (!string.IsNullOrWhiteSpace(party))
        {
            var code = party.Trim().ToUpperInvariant();
            var partyId = await db.Parties.Where(p => p.Code == code && p.Kind == PartyKind.ConflictParty).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("party", $"'{party}' is not a party to the conflict.");
            overdue = overdue.Where(h => h.PartyId == partyId);
        }

        if (!string.IsNullOrWhiteSpace(place))
        {
            var code = place.Trim().ToUpperInvariant();
            var placeId = await db.Places.Where(p => p.Code == code).Select(p => (PlaceId?)p.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("place", $"'{place}' is not a known place code.");
            overdue = overdue.Where(h => h.PlaceId == placeId);
        }

        var total = await overdue.CountAsync(cancellationToken);
        var rows = await overdue
            .OrderBy(h => h.LastSeenOn != null).ThenBy(h => h.LastSeenOn).ThenBy(h => h.SortName).ThenBy(h => h.PersonId)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(h => new { h.PersonId, h.LastSeenOn, h.PlaceId, h.PartyId })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.PersonId).ToList();
        var entities = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var summaries = (await persons.SummariseAsync(ids.Select(id => entities[id]).ToList(), cancellationToken)).ToDictionary(s => s.Id);
        var partyCodes = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var items = rows.Select(r =>
        {
            var s = summaries[r.PersonId];
            return new OverduePerson(r.PersonId, s.Reference, s.Surname, s.GivenName, s.Patronymic, s.NameLatin, s.DateOfBirth, s.Category, s.Status,
                s.PlaceCode ?? "", partyCodes.GetValueOrDefault(r.PartyId, ""), r.LastSeenOn, r.LastSeenOn is { } seen ? today.DayNumber - seen.DayNumber : null);
        }).ToList();

        audit.Record(actor, AuditActions.VisitCoverage, $"listed persons overdue for a visit (page {pageNumber}, {total} in all)", ids);
        return new PagedResult<OverduePerson>(items, total, pageNumber, size);
    }

    /// <summary>
    /// How each party answers: per party the requests sent, those answered, the median and 90th percentile of days from
    /// the first sending to the first answer, the requests refused as a whole, the persons refused among the persons
    /// asked about in answered requests, and the requests awaiting an answer (and how many of those are overdue).
    /// </summary>
    public async Task<IReadOnlyList<PartyAnswerTimes>> AnswerTimesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var now = clock.GetUtcNow();
        // One row per request and a few per answer: requests number in the thousands, not the persons' hundred thousands.
        var requests = await db.VisitRequests.AsNoTracking()
            .Select(r => new { r.Id, r.DetainingPartyId, r.Status, r.AwaitingSince })
            .ToListAsync(cancellationToken);
        var events = await db.VisitRequestEvents.AsNoTracking()
            .Where(e => e.Kind == VisitRequestEventKind.Sent || e.Kind == VisitRequestEventKind.Answered)
            .Select(e => new { e.RequestId, e.Kind, e.At, e.ToStatus })
            .ToListAsync(cancellationToken);
        var firstSent = events.Where(e => e.Kind == VisitRequestEventKind.Sent).GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.Min(e => e.At));
        var firstAnswer = events.Where(e => e.Kind == VisitRequestEventKind.Answered).GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.Min(e => e.At));
        // Refused as a whole at least once, even if asked again and accepted later (art. 126 allows only temporary refusals).
        var refusedIds = events.Where(e => e.Kind == VisitRequestEventKind.Answered && e.ToStatus == VisitRequestStatus.Refused).Select(e => e.RequestId).ToHashSet();
        var personAnswers = await db.VisitRequestPersons.AsNoTracking()
            .Where(p => p.Answer != VisitPersonAnswer.Pending)
            .GroupBy(p => p.RequestId)
            .Select(g => new { RequestId = g.Key, Asked = g.Count(), Refused = g.Count(p => p.Answer == VisitPersonAnswer.Refused) })
            .ToDictionaryAsync(g => g.RequestId, cancellationToken);
        var parties = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code).ToListAsync(cancellationToken);

        var result = parties.Select(party =>
        {
            // A request withdrawn before the party answered says nothing of how the party answers.
            var own = requests.Where(r => r.DetainingPartyId == party.Id && (r.Status != VisitRequestStatus.Withdrawn || firstAnswer.ContainsKey(r.Id))).ToList();
            var answered = own.Where(r => firstAnswer.ContainsKey(r.Id)).ToList();
            var days = answered.Where(r => firstSent.ContainsKey(r.Id))
                .Select(r => (firstAnswer[r.Id] - firstSent[r.Id]).TotalDays).Order().ToList();
            var refused = answered.Count(r => refusedIds.Contains(r.Id));
            var asked = answered.Sum(r => personAnswers.TryGetValue(r.Id, out var a) ? a.Asked : 0);
            var personsRefused = answered.Sum(r => personAnswers.TryGetValue(r.Id, out var a) ? a.Refused : 0);
            var awaiting = own.Where(r => r.Status == VisitRequestStatus.AwaitingAnswer).ToList();
            return new PartyAnswerTimes(party.Code, party.Name, own.Count, answered.Count,
                Percentile(days, 0.5), Percentile(days, 0.9),
                refused, answered.Count == 0 ? null : (double)refused / answered.Count,
                asked, personsRefused, asked == 0 ? null : (double)personsRefused / asked,
                awaiting.Count, awaiting.Count(r => now - r.AwaitingSince > settings.AnswerDue));
        }).ToList();

        audit.Record(actor, AuditActions.VisitCoverage, "read how each party answers visit requests", []);
        return result;
    }

    /// <summary>
    /// The visit sheet of a place: every person held there now (reference, names, birth date, category, status, the
    /// last day a delegate saw them) with the open family enquiries about them (reference and status only).
    /// </summary>
    public async Task<VisitSheet> SheetAsync(string placeCode, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var code = (placeCode ?? "").Trim().ToUpperInvariant();
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException("Place", placeCode ?? "");
        var partyCodes = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var placeId = (PlaceId?)place.Id;
        var statuses = VisitQueries.HeldStatuses.ToList();
        var held = await (from person in db.Persons.AsNoTracking()
                          where person.MergedIntoId == null && person.CurrentPlaceId == placeId && statuses.Contains(person.CurrentStatus)
                          join seen in VisitQueries.LastSeen(db) on person.Id equals seen.PersonId into lastSeen
                          from seen in lastSeen.DefaultIfEmpty()
                          orderby EF.Property<string>(person, KinlinkDbContext.SortNameColumn), person.Id
                          select new { Person = person, LastSeenOn = (DateOnly?)seen.LastSeenOn })
            .ToListAsync(cancellationToken);
        var ids = held.Select(h => h.Person.Id).ToList();
        var enquiries = new List<(PersonId PersonId, EnquiryReference Reference, EnquiryStatus Status)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var chunkIds = chunk.Select(id => (PersonId?)id).ToList();
            var rows = await db.Enquiries.AsNoTracking()
                .Where(e => chunkIds.Contains(e.PersonId) && !ClosedEnquiryStatuses.Contains(e.Status))
                .Select(e => new { e.PersonId, e.Reference, e.Status })
                .ToListAsync(cancellationToken);
            enquiries.AddRange(rows.Select(r => (r.PersonId!.Value, r.Reference, r.Status)));
        }

        var enquiriesByPerson = enquiries.ToLookup(e => e.PersonId);
        var mailByPerson = (await WaitingMailAsync(place.Id, cancellationToken)).ToLookup(m => m.PersonId, m => m.Mail);
        var lastVisit = await db.Visits.AsNoTracking().Where(v => v.PlaceId == place.Id).MaxAsync(v => (DateOnly?)v.EndedOn, cancellationToken);
        var sheetRows = held.Select(h =>
        {
            var p = h.Person;
            return new VisitSheetRow(p.Id, p.Reference.Value, p.Surname, p.GivenName, p.Patronymic, PersonService.LatinReading(p.FullName), p.DateOfBirth?.ToString(), p.Sex, p.Category,
                p.ServiceNumber, p.DependsOnPartyId is { } dependsOn ? partyCodes.GetValueOrDefault(dependsOn) : null, p.CurrentStatus, h.LastSeenOn,
                enquiriesByPerson[p.Id].OrderBy(e => e.Reference.Value, StringComparer.Ordinal).Select(e => new VisitSheetEnquiry(e.Reference.Value, e.Status)).ToList(),
                mailByPerson[p.Id].OrderBy(m => m.IsParcel).ThenBy(m => m.Reference, StringComparer.Ordinal).ToList());
        }).ToList();

        audit.Record(actor, AuditActions.VisitSheet, $"read the visit sheet of {place.Code} ({sheetRows.Count} persons)", ids);
        return new VisitSheet(place.Id, place.Code, place.Name, place.NameLatin, partyCodes.GetValueOrDefault(place.HoldingPartyId, ""), Today(), lastVisit, sheetRows);
    }

    /// <summary>The messages and parcels still on their way to persons at the place (open, routed there), by person: references and kinds only.</summary>
    private async Task<List<(PersonId PersonId, VisitSheetMail Mail)>> WaitingMailAsync(PlaceId placeId, CancellationToken cancellationToken)
    {
        var routed = (PlaceId?)placeId;
        MailStatus[] open = [MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit];
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.RoutedPlaceId == routed && m.Direction == MessageDirection.ToDetainee && open.Contains(m.Status))
            .Select(m => new { m.PersonId, m.Reference, m.Kind }).ToListAsync(cancellationToken);
        var parcels = await db.Parcels.AsNoTracking()
            .Where(p => p.RoutedPlaceId == routed && open.Contains(p.Status))
            .Select(p => new { p.PersonId, p.Reference }).ToListAsync(cancellationToken);
        return
        [
            .. messages.Select(m => (m.PersonId, new VisitSheetMail(m.Reference, MailCodes.Of(m.Kind)))),
            .. parcels.Select(p => (p.PersonId, new VisitSheetMail(p.Reference, MailCodes.ParcelItem))),
        ];
    }

    /// <summary>Coverage of one place for its page: persons held, seen at least once, overdue, and the last visit.</summary>
    public async Task<PlaceCoverage?> PlaceCoverageAsync(PlaceId placeId, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placeId, cancellationToken);
        if (place is null)
        {
            return null;
        }

        var cutoff = Today().AddDays(-settings.RevisitDays);
        var count = await HeldPersons().Where(h => h.PlaceId == placeId)
            .GroupBy(h => h.PlaceId)
            .Select(g => new { Held = g.Count(), Seen = g.Count(h => h.LastSeenOn != null), Overdue = g.Count(h => h.LastSeenOn == null || h.LastSeenOn < cutoff) })
            .SingleOrDefaultAsync(cancellationToken);
        var lastVisit = await db.Visits.AsNoTracking().Where(v => v.PlaceId == placeId).MaxAsync(v => (DateOnly?)v.EndedOn, cancellationToken);
        var partyCode = await db.Parties.Where(p => p.Id == place.HoldingPartyId).Select(p => p.Code).SingleAsync(cancellationToken);
        return new PlaceCoverage(place.Id, place.Code, place.Name, place.NameLatin, partyCode, count?.Held ?? 0, count?.Seen ?? 0, count?.Overdue ?? 0, lastVisit);
    }

    /// <summary>The visits that recorded the person (seen or not) and the requests that named them, newest first.</summary>
    public async Task<PersonVisitHistory> PersonHistoryAsync(PersonId personId, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var visits = await (from visitPerson in db.VisitPersons.AsNoTracking()
                            where visitPerson.PersonId == personId
                            join visit in db.Visits on visitPerson.VisitId equals visit.Id
                            join place in db.Places on visit.PlaceId equals place.Id
                            orderby visit.EndedOn descending, visit.StartedOn descending
                            select new PersonVisitEntry(visit.Reference, visit.StartedOn, visit.EndedOn, place.Code, place.Name, visitPerson.Seen, visitPerson.NotSeenReason, visitPerson.PrivateInterview))
            .ToListAsync(cancellationToken);
        var requests = await (from requested in db.VisitRequestPersons.AsNoTracking()
                              where requested.PersonId == personId
                              join request in db.VisitRequests on requested.RequestId equals request.Id
                              join party in db.Parties on request.DetainingPartyId equals party.Id
                              join place in db.Places on request.PlaceId equals (PlaceId?)place.Id into requestPlace
                              from place in requestPlace.DefaultIfEmpty()
                              select new PersonVisitRequestEntry(request.Reference, party.Code, place == null ? null : place.Code, request.SentAt, request.Status, requested.Answer, requested.AnswerReason))
            .ToListAsync(cancellationToken);
        return new PersonVisitHistory(visits, requests.OrderByDescending(r => r.SentAt).ToList());
    }

    /// <summary>
    /// Every person held now (a held status, at a place, not merged away), with the place, the party holding it and the
    /// last day a delegate saw them. The one definition of "held" that coverage and the overdue list share.
    /// </summary>
    private IQueryable<HeldPerson> HeldPersons()
    {
        var statuses = VisitQueries.HeldStatuses.ToList();
        return from person in db.Persons.AsNoTracking()
               where person.MergedIntoId == null && person.CurrentPlaceId != null && statuses.Contains(person.CurrentStatus)
               join place in db.Places on person.CurrentPlaceId equals (PlaceId?)place.Id
               join seen in VisitQueries.LastSeen(db) on person.Id equals seen.PersonId into lastSeen
               from seen in lastSeen.DefaultIfEmpty()
               select new HeldPerson
               {
                   PersonId = person.Id,
                   PlaceId = place.Id,
                   PartyId = place.HoldingPartyId,
                   SortName = EF.Property<string>(person, KinlinkDbContext.SortNameColumn),
                   LastSeenOn = (DateOnly?)seen.LastSeenOn,
               };
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The percentile of sorted values, interpolated between the two nearest ranks (as a spreadsheet's PERCENTILE.INC,
    /// so the median of an even count is the mean of the middle two), rounded to a tenth; null for none.
    /// </summary>
    internal static double? Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var position = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return Math.Round(sorted[below] + ((position - below) * (sorted[above] - sorted[below])), 1);
    }

    private static void EnsureIntermediary(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsPublic || !actor.IsIntermediary)
        {
            throw new ForbiddenException("Visit coverage, the visit sheets and the visit history are the intermediary's: a party's account cannot read them.");
        }
    }

    private sealed class HeldPerson
    {
        public PersonId PersonId { get; init; }

        public PlaceId PlaceId { get; init; }

        public PartyId PartyId { get; init; }

        public string SortName { get; init; } = "";

        public DateOnly? LastSeenOn { get; init; }
    }
}
