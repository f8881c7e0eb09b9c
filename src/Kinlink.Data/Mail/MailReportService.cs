using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// The mail figures (GC III art. 71): per prisoner and month the letters and cards sent and received against the
/// convention's minimum where a party limits mail, each party's stated limit, the days from receipt to delivery per party
/// and place, the undeliverable rates with their reasons, and the items in transit for too long. Counts are grouped in the
/// database where the provider allows; SQLite cannot compare or subtract DateTimeOffset values, so what depends on a date
/// is worked out here from a few columns per item. Only the intermediary's staff read them.
/// </summary>
public sealed class MailReportService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, MailSettings settings)
{
    /// <summary>The prisoners with mail taken in during the month (YYYY-MM, default this month), optionally of one detaining party.</summary>
    public async Task<MailQuotaReport> QuotasAsync(string? party, string? month, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var first = ReadMonth(errors, month, clock.GetUtcNow());
        var partyRow = await ReadPartyAsync(errors, party, cancellationToken);
        ValidationFailedException.ThrowIfAny(errors);
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = start.AddMonths(1);

        var messages = db.Messages.AsNoTracking().Where(m => m.Kind != MessageKind.CaptureCard || m.Direction == MessageDirection.FromDetainee);
        if (db is PostgresKinlinkDbContext)
        {
            messages = messages.Where(m => m.ReceivedAt >= start && m.ReceivedAt < end);
        }

        var held = from person in db.Persons.AsNoTracking()
                   join place in db.Places.AsNoTracking() on person.CurrentPlaceId equals place.Id into places
                   from place in places.DefaultIfEmpty()
                   select new { person.Id, PartyId = place == null ? (PartyId?)null : place.HoldingPartyId, PlaceCode = place == null ? null : place.Code };
        if (partyRow is { } wanted)
        {
            var wantedId = (PartyId?)wanted.Id;
            held = held.Where(h => h.PartyId == wantedId);
        }

        var rows = await (from m in messages
                          join h in held on m.PersonId equals h.Id
                          select new { m.PersonId, m.Direction, m.Kind, m.ReceivedAt, h.PartyId, h.PlaceCode }).ToListAsync(cancellationToken);
        var inMonth = rows.Where(r => r.ReceivedAt >= start && r.ReceivedAt < end).ToList();
        var limits = await db.PartyMailLimits.AsNoTracking().ToDictionaryAsync(l => l.PartyId, cancellationToken);
        var partyCodes = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var perPerson = inMonth.GroupBy(r => r.PersonId).Select(g =>
        {
            int Count(MessageDirection direction, MailQuotaKind? kind, bool capture = false) => g.Count(r => r.Direction == direction
                && (capture ? r.Kind == MessageKind.CaptureCard : r.Kind != MessageKind.CaptureCard && Art71.QuotaKindOf(r.Kind) == kind));
            var any = g.First();
            return new
            {
                PersonId = g.Key,
                any.PartyId,
                any.PlaceCode,
                LettersSent = Count(MessageDirection.FromDetainee, MailQuotaKind.Letter),
                CardsSent = Count(MessageDirection.FromDetainee, MailQuotaKind.Card),
                CaptureSent = Count(MessageDirection.FromDetainee, null, capture: true),
                LettersReceived = Count(MessageDirection.ToDetainee, MailQuotaKind.Letter),
                CardsReceived = Count(MessageDirection.ToDetainee, MailQuotaKind.Card),
            };
        }).ToList();

        var ids = perPerson.Select(p => p.PersonId).ToList();
        var names = new Dictionary<PersonId, (string Reference, string Surname, string GivenName, string Patronymic)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var found = await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToListAsync(cancellationToken);
            foreach (var p in found)
            {
                names[p.Id] = (p.Reference.Value, p.Surname, p.GivenName, p.Patronymic);
            }
        }

        var all = perPerson.Select(p =>
        {
            var (reference, surname, given, patronymic) = names.GetValueOrDefault(p.PersonId, ("", "", "", ""));
            var limit = p.PartyId is { } partyId ? limits.GetValueOrDefault(partyId) : null;
            var fullName = string.Join(' ', new[] { surname, given, patronymic }.Where(s => s.Length > 0));
            return new PrisonerMonthQuota(reference, surname, given, patronymic, PersonService.LatinReading(fullName),
                p.PartyId is { } id ? partyCodes.GetValueOrDefault(id, "") : "", p.PlaceCode ?? "",
                p.LettersSent, p.CardsSent, p.CaptureSent, p.LettersReceived, p.CardsReceived,
                limit?.LettersPerMonth, limit?.CardsPerMonth, limit?.BelowConventionMinimum ?? false);
        }).OrderByDescending(q => q.LimitBelowMinimum).ThenBy(q => q.NameLatin, StringComparer.OrdinalIgnoreCase).ThenBy(q => q.PersonReference, StringComparer.Ordinal).ToList();
        var pageRows = all.Skip((pageNumber - 1) * size).Take(size).ToList();
        var monthText = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        audit.Record(actor, AuditActions.MailReport, string.Create(CultureInfo.InvariantCulture,
            $"read the mail quotas of {monthText}{(partyRow is null ? "" : " for " + partyRow.Code)}: {all.Count} prisoners, page {pageNumber}"), []);
        return new MailQuotaReport(monthText, partyRow?.Code, Art71.MinimumLettersPerMonth, Art71.MinimumCardsPerMonth, all.Count, pageNumber, size, pageRows);
    }

    /// <summary>Days from receipt to delivery of the items delivered to persons held, per party and per place.</summary>
    public async Task<MailDelayReport> DelaysAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var report = await CountDelaysAsync(cancellationToken);
        RecordDelaysRead(audit, actor, report);
        return report;
    }

    /// <summary>The audit entry of a read of the delivery times, for whoever shows them (the dashboard counts them once for many readers).</summary>
    internal static void RecordDelaysRead(AuditTrail audit, Actor actor, MailDelayReport report) =>
        audit.Record(actor, AuditActions.MailReport, string.Create(CultureInfo.InvariantCulture, $"read the mail delivery times: {report.Places.Sum(p => p.Delivered)} items delivered"), []);

    /// <summary>The delivery times counted for the intermediary, unaudited: see <see cref="RecordDelaysRead"/>.</summary>
    internal async Task<MailDelayReport> CountDelaysAsync(CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.Status == MailStatus.Delivered && m.Direction == MessageDirection.ToDetainee && m.RoutedPlaceId != null)
            .Select(m => new DeliveredRow(m.RoutedPlaceId!.Value, m.ReceivedAt, m.ClosedAt)).ToListAsync(cancellationToken);
        var parcels = await db.Parcels.AsNoTracking()
            .Where(p => p.Status == MailStatus.Delivered && p.RoutedPlaceId != null)
            .Select(p => new DeliveredRow(p.RoutedPlaceId!.Value, p.ReceivedAt, p.ClosedAt)).ToListAsync(cancellationToken);
        var delivered = messages.Concat(parcels).Where(r => r.ClosedAt is not null).ToList();
        var placeIds = delivered.Select(r => r.PlaceId).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var parties = await ConflictPartiesAsync(cancellationToken);

        static List<double> Days(IEnumerable<DeliveredRow> rows) => rows.Select(r => (r.ClosedAt!.Value - r.ReceivedAt).TotalDays).Order().ToList();
        var perParty = parties.Select(party =>
        {
            var days = Days(delivered.Where(r => places[r.PlaceId].HoldingPartyId == party.Id));
            return new MailDelay(party.Code, null, null, days.Count, VisitCoverageService.Percentile(days, 0.5), VisitCoverageService.Percentile(days, 0.9));
        }).ToList();
        var codes = parties.ToDictionary(p => p.Id, p => p.Code);
        var perPlace = delivered.GroupBy(r => r.PlaceId).Select(g =>
        {
            var place = places[g.Key];
            var days = Days(g);
            return new MailDelay(codes.GetValueOrDefault(place.HoldingPartyId, ""), place.Code, place.Name, days.Count, VisitCoverageService.Percentile(days, 0.5), VisitCoverageService.Percentile(days, 0.9));
        }).OrderBy(d => d.PartyCode, StringComparer.Ordinal).ThenBy(d => d.PlaceCode, StringComparer.Ordinal).ToList();
        return new MailDelayReport(perParty, perPlace);
    }

    /// <summary>Per party, the items routed to its places that ended, those undeliverable and why; grouped in the database.</summary>
    public async Task<IReadOnlyList<MailUndeliverableRate>> UndeliverableAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var messageGroups = await db.Messages.AsNoTracking()
            .Where(m => m.DetainingPartyId != null && (m.Status == MailStatus.Delivered || m.Status == MailStatus.Undeliverable))
            .GroupBy(m => new { m.DetainingPartyId, m.Status, m.UndeliverableReason })
            .Select(g => new EndedGroup(g.Key.DetainingPartyId!.Value, g.Key.Status, g.Key.UndeliverableReason, g.Count())).ToListAsync(cancellationToken);
        var parcelGroups = await db.Parcels.AsNoTracking()
            .Where(p => p.DetainingPartyId != null && (p.Status == MailStatus.Delivered || p.Status == MailStatus.Undeliverable))
            .GroupBy(p => new { p.DetainingPartyId, p.Status, p.UndeliverableReason })
            .Select(g => new EndedGroup(g.Key.DetainingPartyId!.Value, g.Key.Status, g.Key.UndeliverableReason, g.Count())).ToListAsync(cancellationToken);
        var groups = messageGroups.Concat(parcelGroups).ToList();
        var parties = await ConflictPartiesAsync(cancellationToken);
        var result = parties.Select(party =>
        {
            var own = groups.Where(g => g.PartyId == party.Id).ToList();
            var ended = own.Sum(g => g.Count);
            var failed = own.Where(g => g.Status == MailStatus.Undeliverable).ToList();
            var undeliverable = failed.Sum(g => g.Count);
            var reasons = MailCodes.UndeliverableReasons.ToDictionary(r => r, r => failed.Where(g => g.Reason == r).Sum(g => g.Count));
            return new MailUndeliverableRate(party.Code, ended, undeliverable, ended == 0 ? null : Math.Round((double)undeliverable / ended, 3), reasons);
        }).ToList();
        audit.Record(actor, AuditActions.MailReport, "read the undeliverable mail rates", []);
        return result;
    }

    /// <summary>The items dispatched more than <see cref="MailSettings.DeliveryDueDays"/> days ago and still in transit, the longest first.</summary>
    public async Task<LateMailReport> LateAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var now = clock.GetUtcNow();
        var dispatched = db.MailBatches.AsNoTracking().Where(b => b.Status == MailBatchStatus.Dispatched);
        var messages = await (from m in db.Messages.AsNoTracking().Where(m => m.Status == MailStatus.InTransit)
                              join b in dispatched on m.BatchId equals (MailBatchId?)b.Id
                              select new TransitRow(m.Reference, MailCodes.MessageItem, m.PersonId, b.PlaceId, b.DetainingPartyId, b.Reference, b.DispatchedAt))
            .ToListAsync(cancellationToken);
        var parcels = await (from p in db.Parcels.AsNoTracking().Where(p => p.Status == MailStatus.InTransit)
                             join b in dispatched on p.BatchId equals (MailBatchId?)b.Id
                             select new TransitRow(p.Reference, MailCodes.ParcelItem, p.PersonId, b.PlaceId, b.DetainingPartyId, b.Reference, b.DispatchedAt))
            .ToListAsync(cancellationToken);
        var due = TimeSpan.FromDays(settings.DeliveryDueDays);
        var late = messages.Concat(parcels).Where(r => r.DispatchedAt is { } at && now - at > due).ToList();
        var personIds = late.Select(r => r.PersonId).Distinct().ToList();
        var references = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToDictionaryAsync(p => p.Id, p => p.Reference.Value, cancellationToken);
        var placeIds = late.Select(r => r.PlaceId).Distinct().ToList();
        var placeCodes = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var partyCodes = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var items = late.Select(r => new LateMailItem(r.Reference, r.ItemKind, references.GetValueOrDefault(r.PersonId, ""), partyCodes.GetValueOrDefault(r.PartyId, ""),
                placeCodes.GetValueOrDefault(r.PlaceId, ""), r.BatchReference, r.DispatchedAt!.Value, (int)Math.Floor((now - r.DispatchedAt.Value).TotalDays)))
            .OrderByDescending(i => i.DaysInTransit).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
        audit.Record(actor, AuditActions.MailReport, string.Create(CultureInfo.InvariantCulture, $"read the mail in transit for more than {settings.DeliveryDueDays} days: {items.Count} items"), []);
        return new LateMailReport(settings.DeliveryDueDays, items);
    }

    /// <summary>Every conflict party's stated limit, flagged when below the art. 71 minimum.</summary>
    public async Task<IReadOnlyList<PartyMailLimitView>> LimitsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var parties = await ConflictPartiesAsync(cancellationToken);
        var limits = await db.PartyMailLimits.AsNoTracking().ToDictionaryAsync(l => l.PartyId, cancellationToken);
        return parties.Select(p => ViewOf(p, limits.GetValueOrDefault(p.Id))).ToList();
    }

    /// <summary>One party's stated limit; a party that stated none is answered with empty values.</summary>
    public async Task<PartyMailLimitView> LimitAsync(string partyCode, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var party = await FindPartyAsync(partyCode, cancellationToken);
        var limit = await db.PartyMailLimits.AsNoTracking().SingleOrDefaultAsync(l => l.PartyId == party.Id, cancellationToken);
        return ViewOf(party, limit);
    }

    /// <summary>Records the limit a party stated (letters and cards a month; empty means not limited) and from when.</summary>
    public async Task<PartyMailLimitView> SetLimitAsync(string partyCode, PartyMailLimitInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var party = await FindPartyAsync(partyCode, cancellationToken);
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var since = DateOnly.FromDateTime(now.UtcDateTime);
        if (!string.IsNullOrWhiteSpace(input.Since)
            && !DateOnly.TryParseExact(input.Since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out since))
        {
            errors["since"] = [$"'{input.Since.Trim()}' is not a date: give it as YYYY-MM-DD."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        var limit = await db.PartyMailLimits.SingleOrDefaultAsync(l => l.PartyId == party.Id, cancellationToken);
        if (limit is null)
        {
            limit = PartyMailLimit.Create(party.Id, input.LettersPerMonth, input.CardsPerMonth, since, input.Note, actor, now);
            db.PartyMailLimits.Add(limit);
        }
        else
        {
            limit.Change(input.LettersPerMonth, input.CardsPerMonth, since, input.Note, actor, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        static string Text(int? n) => n is { } value ? value.ToString(CultureInfo.InvariantCulture) : "not limited";
        audit.Record(actor, AuditActions.MailLimitSet, string.Create(CultureInfo.InvariantCulture,
            $"recorded {party.Code}'s mail limit from {since:yyyy-MM-dd}: letters {Text(limit.LettersPerMonth)}, cards {Text(limit.CardsPerMonth)} a month{(limit.BelowConventionMinimum ? " (below the art. 71 minimum)" : "")}"), []);
        return ViewOf(party, limit);
    }

    private static PartyMailLimitView ViewOf(Party party, PartyMailLimit? limit) => limit is null
        ? new PartyMailLimitView(party.Code, party.Name, null, null, null, "", null, "", false)
        : new PartyMailLimitView(party.Code, party.Name, limit.LettersPerMonth, limit.CardsPerMonth, limit.Since, limit.Note, limit.RecordedAt, limit.RecordedBy, limit.BelowConventionMinimum);

    private async Task<List<Party>> ConflictPartiesAsync(CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code).ToListAsync(cancellationToken);

    private async Task<Party> FindPartyAsync(string? partyCode, CancellationToken cancellationToken)
    {
        var code = (partyCode ?? "").Trim().ToUpperInvariant();
        return await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.Kind == PartyKind.ConflictParty, cancellationToken)
            ?? throw new NotFoundException("Party", partyCode ?? "");
    }

    private async Task<Party?> ReadPartyAsync(Dictionary<string, string[]> errors, string? party, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(party))
        {
            return null;
        }

        var code = party.Trim().ToUpperInvariant();
        var found = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.Kind == PartyKind.ConflictParty, cancellationToken);
        if (found is null)
        {
            errors["party"] = [$"'{party.Trim()}' is not a conflict party."];
        }

        return found;
    }

    private static DateOnly ReadMonth(Dictionary<string, string[]> errors, string? month, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            return new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        }

        if (DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return first;
        }

        errors["month"] = [$"'{month.Trim()}' is not a month: give it as YYYY-MM."];
        return default;
    }

    private static void EnsureIntermediary(Actor actor) =>
        IntermediaryWork.Ensure(actor, "The mail figures are the intermediary's.");

    private sealed record DeliveredRow(PlaceId PlaceId, DateTimeOffset ReceivedAt, DateTimeOffset? ClosedAt);

    private sealed record EndedGroup(PartyId PartyId, MailStatus Status, UndeliverableReason? Reason, int Count);

    private sealed record TransitRow(string Reference, string ItemKind, PersonId PersonId, PlaceId PlaceId, PartyId PartyId, string BatchReference, DateTimeOffset? DispatchedAt);
}
