using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// The detaining authority's side of mail (GC III art. 71, 76): a party's officers see the messages and parcels routed to
/// places their own party holds, read them as the censoring authority does (a message's text, a parcel's lines), record
/// the check of a message, confirm delivery or say why an item could not be delivered, and read the manifests of the
/// batches sent to their places. Another party's item, or one routed nowhere, does not exist for them (404). Nothing
/// here says which family's enquiry an item belongs to, who the family member is, or how the item reached the intermediary.
/// </summary>
public sealed class MailAuthorityService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption)
{
    private static readonly MailStatus[] OpenStatuses = [MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit];

    /// <summary>The open items at the party's places: messages awaiting the check first, then the oldest first.</summary>
    public async Task<PagedResult<MailAuthorityItem>> ListAsync(MailAuthorityQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var party = await OwnPartyAsync(actor, cancellationToken);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var placeId = await ReadOwnPlaceAsync(errors, query.Place, party, cancellationToken);
        var statuses = ReadStatusFilter(errors, query.Status, out var messagesOnly);
        ValidationFailedException.ThrowIfAny(errors);

        var ownPlaces = db.Places.Where(p => p.HoldingPartyId == party).Select(p => (PlaceId?)p.Id);
        var messages = db.Messages.AsNoTracking().Where(m => ownPlaces.Contains(m.RoutedPlaceId) && statuses.Contains(m.Status));
        var parcels = db.Parcels.AsNoTracking().Where(p => ownPlaces.Contains(p.RoutedPlaceId) && statuses.Contains(p.Status));
        if (placeId is { } wantedPlace)
        {
            messages = messages.Where(m => m.RoutedPlaceId == wantedPlace);
            parcels = parcels.Where(p => p.RoutedPlaceId == wantedPlace);
        }

        var rows = await messages.Select(m => new ItemRow(m.Reference, MailCodes.MessageItem, m.Kind, m.PersonId, m.RoutedPlaceId!.Value, m.Status, m.ReceivedAt, null, m.Version))
            .ToListAsync(cancellationToken);
        if (!messagesOnly)
        {
            rows.AddRange(await parcels.Select(p => new ItemRow(p.Reference, MailCodes.ParcelItem, null, p.PersonId, p.RoutedPlaceId!.Value, p.Status, p.ReceivedAt, p.TotalWeightGrams, p.Version))
                .ToListAsync(cancellationToken));
        }

        // Sorted here rather than in SQL: SQLite cannot order by a DateTimeOffset, and a party's open mail is its own few thousand at most.
        var ordered = rows.OrderBy(r => r.ItemKind == MailCodes.MessageItem && r.Status == MailStatus.Received ? 0 : 1)
            .ThenBy(r => r.ReceivedAt).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
        var pageRows = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var items = await ViewsOfAsync(pageRows, cancellationToken);
        audit.Record(actor, AuditActions.MessageList, string.Create(CultureInfo.InvariantCulture,
            $"listed the mail at the party's places{Filters(query)} page {page} of size {pageSize}, {ordered.Count} found: {string.Join(' ', items.Select(i => i.Reference))}"),
            pageRows.Select(r => r.PersonId).Distinct());
        return new PagedResult<MailAuthorityItem>(items, ordered.Count, page, pageSize);
    }

    /// <summary>One item routed to one of the party's places, opened: a message's text, a parcel's lines.</summary>
    public async Task<MailAuthorityItemDetail> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        var party = await OwnPartyAsync(actor, cancellationToken);
        var item = await FindAsync(reference, party, tracked: false, cancellationToken);
        var detail = await DetailOfAsync(item, cancellationToken);
        audit.Record(actor, item is Message ? AuditActions.MessageRead : AuditActions.ParcelRead,
            $"read {item.Reference} as the detaining authority{(item is Message ? " (its text)" : " (its contents)")}", [item.PersonId]);
        return detail;
    }

    /// <summary>Records the authority's check of a message: passed, passed with parts struck out, or withheld with the reason.</summary>
    public async Task<MailAuthorityItemDetail> CheckAsync(string reference, MailCheckInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var party = await OwnPartyAsync(actor, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var outcome = ReadCode<MessageCheckOutcome>(errors, "outcome", input.Outcome, MailCodes.Of, required: true);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);
        var item = await FindAsync(reference, party, tracked: true, cancellationToken);
        if (item is not Message message)
        {
            throw new DomainRuleException("reference", $"{item.Reference} is a parcel: parcels are checked against the parcel rules when taken in, not by the authority's reading.");
        }

        ExpectVersion(message, input.Version!.Value);
        message.RecordCheck(outcome!.Value, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(message, cancellationToken);
        audit.Record(actor, AuditActions.MessageCheck, $"recorded the detaining authority's check of {message.Reference}: {MailCodes.Of(outcome.Value)}", [message.PersonId]);
        return await DetachedDetailAsync(message, cancellationToken);
    }

    /// <summary>The authority confirms the item reached the person; a parcel against the receipt they or their representative signed (art. 125).</summary>
    public async Task<MailAuthorityItemDetail> DeliverAsync(string reference, MailDeliveryInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var party = await OwnPartyAsync(actor, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);
        var item = await FindAsync(reference, party, tracked: true, cancellationToken);
        var now = clock.GetUtcNow();
        if (item is Parcel parcel)
        {
            var signer = ReadCode<ParcelReceiptSigner>(errors, "receiptSigner", input.ReceiptSigner, MailCodes.Of, required: true);
            if (string.IsNullOrWhiteSpace(input.ReceiptSignerName))
            {
                errors["receiptSignerName"] = ["Give the name on the signed receipt."];
            }

            ValidationFailedException.ThrowIfAny(errors);
            ExpectVersion(parcel, input.Version!.Value);
            parcel.Deliver(DeliveryChannel.AuthorityConfirmed, null, signer!.Value, input.ReceiptSignerName, input.Note, actor, now);
        }
        else
        {
            ExpectVersion(item, input.Version!.Value);
            item.Deliver(DeliveryChannel.AuthorityConfirmed, null, input.Note, actor, now);
        }

        await SaveAsync(item, cancellationToken);
        audit.Record(actor, item is Message ? AuditActions.MessageDeliver : AuditActions.ParcelDeliver,
            $"the detaining authority confirmed delivery of {item.Reference}", [item.PersonId]);
        return await DetachedDetailAsync(item, cancellationToken);
    }

    /// <summary>The authority could not deliver the item: the person was transferred, released or died, is unknown there, or refused it.</summary>
    public async Task<MailAuthorityItemDetail> MarkUndeliverableAsync(string reference, MailUndeliverableInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var party = await OwnPartyAsync(actor, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reason = ReadCode<UndeliverableReason>(errors, "reason", input.Reason, MailCodes.Of, required: true);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);
        var item = await FindAsync(reference, party, tracked: true, cancellationToken);
        ExpectVersion(item, input.Version!.Value);
        item.MarkUndeliverable(reason!.Value, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(item, cancellationToken);
        audit.Record(actor, item is Message ? AuditActions.MessageUndeliverable : AuditActions.ParcelUndeliverable,
            $"the detaining authority could not deliver {item.Reference}: {MailCodes.Of(reason.Value)}", [item.PersonId]);
        return await DetachedDetailAsync(item, cancellationToken);
    }

    /// <summary>The batches dispatched to the party's places, the latest first.</summary>
    public async Task<PagedResult<MailAuthorityBatch>> ListBatchesAsync(string? place, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        var party = await OwnPartyAsync(actor, cancellationToken);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var placeId = await ReadOwnPlaceAsync(errors, place, party, cancellationToken);
        ValidationFailedException.ThrowIfAny(errors);
        var ownPlaces = db.Places.Where(p => p.HoldingPartyId == party).Select(p => p.Id);
        var batches = db.MailBatches.AsNoTracking().Where(b => b.Status == MailBatchStatus.Dispatched && ownPlaces.Contains(b.PlaceId));
        if (placeId is { } wanted)
        {
            batches = batches.Where(b => b.PlaceId == wanted);
        }

        var total = await batches.CountAsync(cancellationToken);
        // Ids are version 7 GUIDs, ordered by creation time on both providers; SQLite cannot order by a DateTimeOffset.
        var rows = await batches.OrderByDescending(b => b.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var views = await BatchViewsAsync(rows, cancellationToken);
        audit.Record(actor, AuditActions.MailBatchManifest, string.Create(CultureInfo.InvariantCulture,
            $"listed the batches dispatched to the party's places{(placeId is null ? "" : " at " + place!.Trim().ToUpperInvariant())} page {pageNumber}, {total} found: {string.Join(' ', views.Select(v => v.Reference))}"), []);
        return new PagedResult<MailAuthorityBatch>(views, total, pageNumber, size);
    }

    /// <summary>A dispatched batch's manifest: its items, by reference, person and kind.</summary>
    public async Task<MailAuthorityManifest> GetBatchAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        var party = await OwnPartyAsync(actor, cancellationToken);
        var key = (reference ?? "").Trim();
        var normalized = MailReference.Normalize(key, MailReference.BatchPrefix);
        var ownPlaces = db.Places.Where(p => p.HoldingPartyId == party).Select(p => p.Id);
        var batch = normalized is null ? null : await db.MailBatches.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Reference == normalized && b.Status == MailBatchStatus.Dispatched && ownPlaces.Contains(b.PlaceId), cancellationToken);
        if (batch is null)
        {
            throw new NotFoundException("Mail batch", key);
        }

        var batchId = (MailBatchId?)batch.Id;
        var rows = await db.Messages.AsNoTracking().Where(m => m.BatchId == batchId)
            .Select(m => new ItemRow(m.Reference, MailCodes.MessageItem, m.Kind, m.PersonId, m.RoutedPlaceId!.Value, m.Status, m.ReceivedAt, null, m.Version))
            .ToListAsync(cancellationToken);
        rows.AddRange(await db.Parcels.AsNoTracking().Where(p => p.BatchId == batchId)
            .Select(p => new ItemRow(p.Reference, MailCodes.ParcelItem, null, p.PersonId, p.RoutedPlaceId!.Value, p.Status, p.ReceivedAt, p.TotalWeightGrams, p.Version))
            .ToListAsync(cancellationToken));
        var items = (await ViewsOfAsync(rows, cancellationToken))
            .OrderBy(i => i.NameLatin, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
        var view = (await BatchViewsAsync([batch], cancellationToken))[0];
        audit.Record(actor, AuditActions.MailBatchManifest, string.Create(CultureInfo.InvariantCulture,
            $"read the manifest of batch {batch.Reference} ({items.Count} items) as the detaining authority"), rows.Select(r => r.PersonId).Distinct());
        return new MailAuthorityManifest(view, items);
    }

    private async Task<PartyId> OwnPartyAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsIntermediary)
        {
            throw new ForbiddenException("Only a detaining party's officers read the mail at their party's places here.");
        }

        return await PartyScope.PartyOfAsync(db, actor, cancellationToken)
            ?? throw new ForbiddenException($"Party '{actor.PartyCode}' is not a conflict party the registry knows.");
    }

    /// <summary>The item by its reference, only when it is routed to a place the party holds; anything else is not found.</summary>
    private async Task<MailItem> FindAsync(string? reference, PartyId party, bool tracked, CancellationToken cancellationToken)
    {
        var key = (reference ?? "").Trim();
        var ownPlaces = db.Places.Where(p => p.HoldingPartyId == party).Select(p => (PlaceId?)p.Id);
        MailItem? item = null;
        if (MailReference.Normalize(key, MailReference.MessagePrefix) is { } messageReference)
        {
            var messages = tracked ? db.Messages : db.Messages.AsNoTracking();
            item = await messages.Include(m => m.Events)
                .SingleOrDefaultAsync(m => m.Reference == messageReference && ownPlaces.Contains(m.RoutedPlaceId), cancellationToken);
        }
        else if (MailReference.Normalize(key, MailReference.ParcelPrefix) is { } parcelReference)
        {
            var parcels = tracked ? db.Parcels : db.Parcels.AsNoTracking();
            item = await parcels.Include(p => p.Events).Include(p => p.Lines)
                .SingleOrDefaultAsync(p => p.Reference == parcelReference && ownPlaces.Contains(p.RoutedPlaceId), cancellationToken);
        }

        return item ?? throw new NotFoundException("Mail item", key);
    }

    private async Task<MailAuthorityItemDetail> DetachedDetailAsync(MailItem item, CancellationToken cancellationToken)
    {
        db.Entry(item).State = EntityState.Detached;
        return await DetailOfAsync(item, cancellationToken);
    }

    private async Task<MailAuthorityItemDetail> DetailOfAsync(MailItem item, CancellationToken cancellationToken)
    {
        var row = item switch
        {
            Message m => new ItemRow(m.Reference, MailCodes.MessageItem, m.Kind, m.PersonId, m.RoutedPlaceId!.Value, m.Status, m.ReceivedAt, null, m.Version),
            Parcel p => new ItemRow(p.Reference, MailCodes.ParcelItem, null, p.PersonId, p.RoutedPlaceId!.Value, p.Status, p.ReceivedAt, p.TotalWeightGrams, p.Version),
            _ => throw new InvalidOperationException($"Unknown mail item {item.GetType().Name}."),
        };
        var view = (await ViewsOfAsync([row], cancellationToken))[0];
        string? batchReference = null;
        if (item.BatchId is { } batchId)
        {
            batchReference = await db.MailBatches.AsNoTracking().Where(b => b.Id == batchId && b.Status == MailBatchStatus.Dispatched)
                .Select(b => b.Reference).SingleOrDefaultAsync(cancellationToken);
        }

        var events = item is Message message ? message.Events : ((Parcel)item).Events;
        var steps = events.OrderBy(e => e.At).ThenBy(e => e.Id.Value).Select(e => new MailAuthorityStep(e.Kind, e.At, e.ToStatus)).ToList();
        if (item is Message msg)
        {
            return new MailAuthorityItemDetail(view, msg.Language, MailSeals.OpenText(encryption, msg), msg.CheckOutcome, msg.CheckNote, msg.CheckedAt, [], null,
                batchReference, msg.DeliveryChannel, msg.UndeliverableReason, msg.ClosedAt, null, "", steps);
        }

        var parcel = (Parcel)item;
        var lines = parcel.Lines.OrderBy(l => l.Number).Select(l => new MailAuthorityParcelLine(l.Number, l.Category, l.Description, l.Quantity, l.WeightGrams)).ToList();
        return new MailAuthorityItemDetail(view, null, null, null, "", null, lines, parcel.TotalWeightGrams,
            batchReference, parcel.DeliveryChannel, parcel.UndeliverableReason, parcel.ClosedAt, parcel.ReceiptSigner, parcel.ReceiptSignerName, steps);
    }

    private async Task<List<MailAuthorityItem>> ViewsOfAsync(IReadOnlyList<ItemRow> rows, CancellationToken cancellationToken)
    {
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var placeIds = rows.Select(r => r.PlaceId).Distinct().ToList();
        var persons = new Dictionary<PersonId, (string Reference, string Surname, string GivenName, string Patronymic)>();
        foreach (var chunk in personIds.Chunk(500))
        {
            var found = await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToListAsync(cancellationToken);
            foreach (var p in found)
            {
                persons[p.Id] = (p.Reference.Value, p.Surname, p.GivenName, p.Patronymic);
            }
        }

        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), cancellationToken);
        return rows.Select(r =>
        {
            var (reference, surname, given, patronymic) = persons.GetValueOrDefault(r.PersonId, ("", "", "", ""));
            var (code, name) = places.GetValueOrDefault(r.PlaceId, ("", ""));
            var fullName = string.Join(' ', new[] { surname, given, patronymic }.Where(s => s.Length > 0));
            return new MailAuthorityItem(r.Reference, r.ItemKind, r.MessageKind, reference, surname, given, patronymic, PersonService.LatinReading(fullName),
                code, name, r.Status, r.ReceivedAt, r.WeightGrams, r.Version);
        }).ToList();
    }

    private async Task<List<MailAuthorityBatch>> BatchViewsAsync(IReadOnlyList<MailBatch> batches, CancellationToken cancellationToken)
    {
        var ids = batches.Select(b => (MailBatchId?)b.Id).ToList();
        var placeIds = batches.Select(b => b.PlaceId).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), cancellationToken);
        var messageCounts = await db.Messages.AsNoTracking().Where(m => ids.Contains(m.BatchId)).GroupBy(m => m.BatchId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var parcelCounts = await db.Parcels.AsNoTracking().Where(p => ids.Contains(p.BatchId)).GroupBy(p => p.BatchId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return batches.Select(b =>
        {
            var (code, name) = places.GetValueOrDefault(b.PlaceId, ("", ""));
            var count = messageCounts.Where(c => c.Key == b.Id).Sum(c => c.Count) + parcelCounts.Where(c => c.Key == b.Id).Sum(c => c.Count);
            return new MailAuthorityBatch(b.Reference, code, name, b.Status, b.DispatchedAt, count);
        }).ToList();
    }

    private async Task<PlaceId?> ReadOwnPlaceAsync(Dictionary<string, string[]> errors, string? place, PartyId party, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        var code = place.Trim().ToUpperInvariant();
        var id = await db.Places.AsNoTracking().Where(p => p.Code == code && p.HoldingPartyId == party).Select(p => (PlaceId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors["place"] = [$"Your party holds no place of detention with code '{place.Trim()}'."];
        }

        return id;
    }

    private static MailStatus[] ReadStatusFilter(Dictionary<string, string[]> errors, string? status, out bool messagesOnly)
    {
        messagesOnly = false;
        if (string.IsNullOrWhiteSpace(status))
        {
            return OpenStatuses;
        }

        var code = status.Trim().ToLowerInvariant().Replace('_', '-');
        if (code == MailCodes.AwaitingCheck)
        {
            messagesOnly = true;
            return [MailStatus.Received];
        }

        if (MailCodes.TryParse<MailStatus>(code, MailCodes.Of, out var parsed) && parsed is MailStatus.Cleared or MailStatus.InTransit)
        {
            return [parsed];
        }

        errors["status"] = [$"'{status.Trim()}' is not a status of open mail: use {string.Join(", ", MailCodes.AuthorityStatusFilters)}."];
        return OpenStatuses;
    }

    private static T? ReadCode<T>(Dictionary<string, string[]> errors, string field, string? text, Func<T, string> code, bool required)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"Choose one of: {MailCodes.List(code)}."];
            }

            return null;
        }

        if (MailCodes.TryParse(text, code, out T value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not one of: {MailCodes.List(code)}."];
        return null;
    }

    private static string Filters(MailAuthorityQuery query)
    {
        var parts = new[]
        {
            string.IsNullOrWhiteSpace(query.Place) ? null : $"place={query.Place.Trim()}",
            string.IsNullOrWhiteSpace(query.Status) ? null : $"status={query.Status.Trim()}",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "" : " " + string.Join(' ', parts);
    }

    private async Task SaveAsync(MailItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"{item.Reference} was changed by someone else while you were changing it. Reload it and make your change again.");
        }
    }

    private static void ExpectVersion(MailItem item, int expected)
    {
        if (item.Version != expected)
        {
            throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"{item.Reference} was changed by someone else (version {item.Version}, you had {expected}). Reload it and make your change again."));
        }
    }

    private static void RequireVersion(Dictionary<string, string[]> errors, int? version)
    {
        if (version is null)
        {
            errors["version"] = ["Give the version of the item you read, so that a change made meanwhile is not overwritten."];
        }
    }

    private sealed record ItemRow(string Reference, string ItemKind, MessageKind? MessageKind, PersonId PersonId, PlaceId PlaceId, MailStatus Status, DateTimeOffset ReceivedAt, int? WeightGrams, int Version);
}
