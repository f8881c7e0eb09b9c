using System.Globalization;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Dispatch batches: cleared messages and parcels routed to one place of detention, sent together with a manifest for
/// the receiving officer and the prisoners' representative to sign.
/// </summary>
public sealed class MailBatchService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    public async Task<MailBatchView> CreateAsync(MailBatchInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var place = await MailLookups.PlaceAsync(db, input.Place, "place", cancellationToken);
        var batch = MailBatch.Create(place.Id, place.HoldingPartyId, input.Note, actor, clock.GetUtcNow());
        db.MailBatches.Add(batch);
        await MailLookups.SaveAsync(db, "batch", cancellationToken);
        audit.Record(actor, AuditActions.MailBatchCreate, $"opened batch {batch.Reference} for {place.Code}", []);
        return await ViewAsync(batch, cancellationToken);
    }

    /// <summary>Adds cleared items routed to the batch's place, by reference or all of them at once; returns the batch.</summary>
    public async Task<MailBatchView> AddItemsAsync(string reference, MailBatchItemsInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var batch = await FindAsync(reference, tracking: true, cancellationToken);
        if (batch.Status != MailBatchStatus.Open)
        {
            throw new DomainRuleException("status", $"Batch {batch.Reference} has been dispatched.");
        }

        List<MailItem> items;
        if (input.AllCleared)
        {
            var messages = await db.Messages.Where(m => m.RoutedPlaceId == batch.PlaceId && m.Status == MailStatus.Cleared && m.BatchId == null && m.Direction == MessageDirection.ToDetainee)
                .ToListAsync(cancellationToken);
            var parcels = await db.Parcels.Where(p => p.RoutedPlaceId == batch.PlaceId && p.Status == MailStatus.Cleared && p.BatchId == null).ToListAsync(cancellationToken);
            var persons = await MailLookups.PersonsAsync(db, messages.Select(m => m.PersonId).Concat(parcels.Select(p => p.PersonId)), cancellationToken);
            // An item whose person has moved on is rerouted first, never sent to the old place.
            items = [.. messages.Cast<MailItem>().Concat(parcels).Where(i => !i.NeedsRerouting(persons[i.PersonId].HeldAtPlaceId))];
        }
        else
        {
            var references = (input.Items ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
            if (references.Count == 0)
            {
                throw new ValidationFailedException("items", "Name the items to add (MSG-… or PCL-…), or add all cleared items routed here.");
            }

            items = [];
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < references.Count; i++)
            {
                var item = await MailItems.FindAsync(db, references[i], cancellationToken);
                if (item is null)
                {
                    errors[$"items[{i}]"] = [$"No message or parcel {references[i].Trim()}."];
                }
                else if (item.BatchId is { } other && other != batch.Id)
                {
                    errors[$"items[{i}]"] = [$"{item.Reference} is already in another batch."];
                }
                else if (item.BatchId is null)
                {
                    items.Add(item);
                }
            }

            ValidationFailedException.ThrowIfAny(errors);
        }

        foreach (var item in items)
        {
            item.AddToBatch(batch);
        }

        await MailLookups.SaveAsync(db, "batch", cancellationToken);
        if (items.Count > 0)
        {
            audit.Record(actor, AuditActions.MailBatchChange, $"added {string.Join(", ", items.Select(i => i.Reference))} to batch {batch.Reference}", items.Select(i => i.PersonId).Distinct());
        }

        return await ViewAsync(batch, cancellationToken);
    }

    public async Task<MailBatchView> RemoveItemAsync(string reference, string itemReference, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var batch = await FindAsync(reference, tracking: true, cancellationToken);
        var item = await MailItems.FindAsync(db, itemReference, cancellationToken) ?? throw new NotFoundException("Item", itemReference);
        item.RemoveFromBatch(batch, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "batch", cancellationToken);
        audit.Record(actor, AuditActions.MailBatchChange, $"took {item.Reference} out of batch {batch.Reference}", [item.PersonId]);
        return await ViewAsync(batch, cancellationToken);
    }

    public async Task<MailBatchView> DispatchAsync(string reference, int? version, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var batch = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(batch.Version, version, "batch");
        var items = await ItemsAsync(batch.Id, tracking: true, cancellationToken);
        batch.Dispatch(items, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "batch", cancellationToken);
        audit.Record(actor, AuditActions.MailBatchDispatch, $"dispatched batch {batch.Reference} with {items.Count} items", items.Select(i => i.PersonId).Distinct());
        return await ViewAsync(batch, cancellationToken);
    }

    public async Task<PagedResult<MailBatchSummary>> ListAsync(MailBatchQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        MailLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var batches = db.MailBatches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = MailCodes.Parse<MailBatchStatus>(query.Status, MailCodes.Of, "status", "a status of a batch");
            batches = batches.Where(b => b.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            var placeId = (await MailLookups.PlaceAsync(db, query.Place, "place", cancellationToken)).Id;
            batches = batches.Where(b => b.PlaceId == placeId);
        }

        var total = await batches.CountAsync(cancellationToken);
        var rows = await batches.OrderBy(b => b.Status).ThenByDescending(b => b.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<MailBatchSummary>(await SummariesAsync(rows, cancellationToken), total, page, pageSize);
    }

    public async Task<MailBatchView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var batch = await FindAsync(reference, tracking: false, cancellationToken);
        var view = await ViewAsync(batch, cancellationToken);
        audit.Record(actor, AuditActions.MailBatchManifest, $"read batch {batch.Reference}", await PersonIdsAsync(batch.Id, cancellationToken));
        return view;
    }

    /// <summary>The manifest as CSV (UTF-8 with a byte order mark, so spreadsheet programs read Cyrillic names).</summary>
    public async Task<(string FileName, byte[] Content)> ManifestCsvAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var batch = await FindAsync(reference, tracking: false, cancellationToken);
        var view = await ViewAsync(batch, cancellationToken);
        audit.Record(actor, AuditActions.MailBatchManifest, $"downloaded the manifest of batch {batch.Reference}", await PersonIdsAsync(batch.Id, cancellationToken));
        var text = new StringBuilder();
        text.Append("batch,place,item,kind,person,name,name_latin,service_number,weight_grams,lines\r\n");
        foreach (var row in view.Items)
        {
            string[] cells =
            [
                batch.Reference, view.Summary.PlaceCode, row.ItemReference, row.Kind, row.PersonReference, row.Name, row.NameLatin, row.ServiceNumber,
                row.WeightGrams?.ToString(CultureInfo.InvariantCulture) ?? "", row.LineCount?.ToString(CultureInfo.InvariantCulture) ?? "",
            ];
            text.Append(string.Join(',', cells.Select(Csv))).Append("\r\n");
        }

        return ($"manifest-{batch.Reference}.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }

    /// <summary>Quotes a cell, and defuses one a spreadsheet would run as a formula.</summary>
    private static string Csv(string cell)
    {
        var safe = cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    private async Task<MailBatch> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = MailReference.Normalize(reference, MailReference.BatchPrefix) ?? throw new NotFoundException("Batch", reference);
        var batches = tracking ? db.MailBatches : db.MailBatches.AsNoTracking();
        return await batches.SingleOrDefaultAsync(b => b.Reference == normalized, cancellationToken) ?? throw new NotFoundException("Batch", normalized);
    }

    private async Task<List<MailItem>> ItemsAsync(MailBatchId batchId, bool tracking, CancellationToken cancellationToken)
    {
        var messages = tracking ? db.Messages.Include(m => m.Events) : db.Messages.AsNoTracking();
        var parcels = tracking ? db.Parcels.Include(p => p.Events).Include(p => p.Lines) : db.Parcels.AsNoTracking().Include(p => p.Lines);
        return
        [
            .. await messages.Where(m => m.BatchId == batchId).ToListAsync(cancellationToken),
            .. await parcels.Where(p => p.BatchId == batchId).ToListAsync(cancellationToken),
        ];
    }

    private async Task<List<Domain.Common.PersonId>> PersonIdsAsync(MailBatchId batchId, CancellationToken cancellationToken) =>
    [
        .. (await db.Messages.AsNoTracking().Where(m => m.BatchId == batchId).Select(m => m.PersonId).ToListAsync(cancellationToken))
            .Concat(await db.Parcels.AsNoTracking().Where(p => p.BatchId == batchId).Select(p => p.PersonId).ToListAsync(cancellationToken)).Distinct(),
    ];

    private async Task<IReadOnlyList<MailBatchSummary>> SummariesAsync(IReadOnlyList<MailBatch> batches, CancellationToken cancellationToken)
    {
        var ids = batches.Select(b => b.Id).ToList();
        var messageCounts = await db.Messages.AsNoTracking().Where(m => m.BatchId != null && ids.Contains(m.BatchId.Value))
            .GroupBy(m => m.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var parcelCounts = await db.Parcels.AsNoTracking().Where(p => p.BatchId != null && ids.Contains(p.BatchId.Value))
            .GroupBy(p => p.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = messageCounts.Concat(parcelCounts).GroupBy(c => c.Key!.Value).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var places = await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), cancellationToken);
        var parties = await MailLookups.PartyCodesAsync(db, cancellationToken);
        return batches.Select(b => new MailBatchSummary(b.Reference, b.Status, places[b.PlaceId].Code, places[b.PlaceId].Name, parties.GetValueOrDefault(b.DetainingPartyId, ""),
            counts.GetValueOrDefault(b.Id), b.CreatedAt, b.CreatedBy, b.DispatchedAt, b.DispatchedBy, b.Note, b.Version)).ToList();
    }

    private async Task<MailBatchView> ViewAsync(MailBatch batch, CancellationToken cancellationToken)
    {
        var summary = (await SummariesAsync([batch], cancellationToken))[0];
        var items = await ItemsAsync(batch.Id, tracking: false, cancellationToken);
        var persons = await MailLookups.PersonsAsync(db, items.Select(i => i.PersonId), cancellationToken);
        var rows = items.Select(i =>
        {
            var person = persons[i.PersonId];
            var parcel = i as Parcel;
            return new MailManifestRow(i.Reference, i is Message message ? MailCodes.Of(message.Kind) : MailCodes.ParcelItem,
                person.Reference, person.Name, person.NameLatin, person.ServiceNumber, parcel?.TotalWeightGrams, parcel?.Lines.Count, i.Status,
                i.NeedsRerouting(person.HeldAtPlaceId));
        }).OrderBy(r => r.NameLatin, StringComparer.Ordinal).ThenBy(r => r.PersonReference, StringComparer.Ordinal).ThenBy(r => r.ItemReference, StringComparer.Ordinal).ToList();
        return new MailBatchView(summary, rows);
    }
}
