using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Parcels (GC III art. 72): taken in by the intermediary's staff for a registry person, checked at once against the
/// configured rules, routed to where the person is held now, delivered against a signed receipt (art. 125), found
/// undeliverable, or returned to the sender. The sender's name and address are opened only for readers who may see them.
/// </summary>
public sealed class ParcelService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption, MailSettings settings)
{
    public async Task<ParcelView> CreateAsync(ParcelInput input, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
        var enquiryId = await MailLookups.EnquiryIdAsync(db, input.Enquiry, "enquiry", errors, cancellationToken);
        var intake = MailIntake.Caseworker;
        if (!string.IsNullOrWhiteSpace(input.Intake))
        {
            try
            {
                intake = MailCodes.Parse<MailIntake>(input.Intake, MailCodes.Of, "intake", "a way of taking a parcel in");
            }
            catch (ValidationFailedException ex)
            {
                Merge(errors, ex);
            }
        }

        var lines = ReadLines(input.Lines, errors);
        if (personId is null)
        {
            ValidationFailedException.ThrowIfAny(errors);
        }

        var draft = new ParcelDraft(personId!.Value, enquiryId, input.SenderName, input.SenderAddress, intake, lines);
        try
        {
            draft.Validated();
        }
        catch (ValidationFailedException ex)
        {
            Merge(errors, ex);
        }

        ValidationFailedException.ThrowIfAny(errors);
        var now = clock.GetUtcNow();
        var parcel = Parcel.Create(draft, settings.ParcelRules, MailSeals.ForParcels(encryption), actor, now);
        await MailRouter.RouteAsync(db, parcel, actor, now, cancellationToken);
        db.Parcels.Add(parcel);
        await MailLookups.SaveAsync(db, "parcel", cancellationToken);
        audit.Record(actor, AuditActions.ParcelCreate,
            string.Create(CultureInfo.InvariantCulture, $"took in parcel {parcel.Reference}: {parcel.Lines.Count} lines, {parcel.TotalWeightGrams} g, {MailCodes.Of(parcel.Status)}"),
            [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    /// <summary>Replaces the contents and checks them again (before the parcel is in a batch).</summary>
    public async Task<ParcelView> CorrectLinesAsync(string reference, ParcelLinesInput input, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var parcel = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(parcel.Version, input.Version, "parcel");
        var errors = new Dictionary<string, string[]>();
        var lines = ReadLines(input.Lines, errors);
        ValidationFailedException.ThrowIfAny(errors);
        var now = clock.GetUtcNow();
        parcel.CorrectLines(lines, settings.ParcelRules, actor, now);
        await MailRouter.RouteAsync(db, parcel, actor, now, cancellationToken);
        await MailLookups.SaveAsync(db, "parcel", cancellationToken);
        audit.Record(actor, AuditActions.ParcelCorrect,
            string.Create(CultureInfo.InvariantCulture, $"corrected the contents of parcel {parcel.Reference}: {parcel.Lines.Count} lines, {parcel.TotalWeightGrams} g, {MailCodes.Of(parcel.Status)}"),
            [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    public async Task<PagedResult<ParcelSummary>> ListAsync(ParcelQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        MailLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var parcels = db.Parcels.AsNoTracking();
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = MailCodes.Parse<MailStatus>(query.Status, MailCodes.Of, "status", "a status of a parcel");
            parcels = parcels.Where(p => p.Status == status);
        }

        if (query.RefusedOnly)
        {
            parcels = parcels.Where(p => p.Status == MailStatus.Refused);
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var personId = await PersonLookups.IdAsync(db, query.Person, "person", errors, cancellationToken);
            parcels = parcels.Where(p => p.PersonId == personId);
        }

        if (!string.IsNullOrWhiteSpace(query.Enquiry))
        {
            var enquiryId = await MailLookups.EnquiryIdAsync(db, query.Enquiry, "enquiry", errors, cancellationToken);
            parcels = parcels.Where(p => p.EnquiryId == enquiryId);
        }

        ValidationFailedException.ThrowIfAny(errors);
        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            var placeId = (await MailLookups.PlaceAsync(db, query.Place, "place", cancellationToken)).Id;
            parcels = parcels.Where(p => p.RoutedPlaceId == placeId);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var partyId = await MailLookups.PartyIdAsync(db, query.Party, "party", cancellationToken);
            parcels = parcels.Where(p => p.DetainingPartyId == partyId);
        }

        var total = await parcels.CountAsync(cancellationToken);
        // Newest first by id: version-7 ids sort by creation time on both providers.
        var rows = await parcels.Include(p => p.Lines).OrderByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = await SummariesAsync(rows, cancellationToken);
        var terms = new[] { ("status", query.Status), ("person", query.Person), ("enquiry", query.Enquiry), ("place", query.Place), ("party", query.Party), ("refused", query.RefusedOnly ? "yes" : null) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.ParcelList,
            string.Create(CultureInfo.InvariantCulture, $"parcels {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"),
            rows.Select(p => p.PersonId).Distinct());
        return new PagedResult<ParcelSummary>(items, total, page, pageSize);
    }

    public async Task<ParcelView> GetAsync(string reference, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var parcel = await FindAsync(reference, tracking: false, cancellationToken);
        audit.Record(actor, AuditActions.ParcelRead, $"read parcel {parcel.Reference}{(mayReadSender ? " with its sender" : "")}", [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    /// <summary>
    /// Records the delivery against the signed receipt. A delegate's delivery names a visit to the place the parcel is routed
    /// to: a parcel handed over elsewhere was handed to the wrong place.
    /// </summary>
    public async Task<ParcelView> DeliverAsync(string reference, ParcelDeliveryInput input, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var parcel = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(parcel.Version, input.Version, "parcel");
        var errors = new Dictionary<string, string[]>();
        DeliveryChannel channel = default;
        ParcelReceiptSigner signer = default;
        Capture(errors, () => channel = MailCodes.Parse<DeliveryChannel>(input.Channel, MailCodes.Of, "channel", "a way a parcel is delivered"));
        Capture(errors, () => signer = MailCodes.Parse<ParcelReceiptSigner>(input.ReceiptSigner, MailCodes.Of, "receiptSigner", "who signed the receipt"));
        VisitId? visitId = null;
        if (channel == DeliveryChannel.DelegateOnVisit)
        {
            visitId = await VisitAtRoutedPlaceAsync(parcel, input.Visit, errors, cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(input.Visit) && channel != default)
        {
            errors["visit"] = ["A visit is named only when a delegate handed the parcel over on it."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        parcel.Deliver(channel, visitId, signer, input.ReceiptSignerName, input.Note, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "parcel", cancellationToken);
        audit.Record(actor, AuditActions.ParcelDeliver, $"delivered parcel {parcel.Reference} ({MailCodes.Of(channel)}, receipt signed by the {MailCodes.Of(signer)})", [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    public async Task<ParcelView> MarkUndeliverableAsync(string reference, MailOutcomeInput input, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var parcel = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(parcel.Version, input.Version, "parcel");
        var reason = MailCodes.Parse<UndeliverableReason>(input.Reason, MailCodes.Of, "reason", "a reason a parcel cannot be delivered");
        parcel.MarkUndeliverable(reason, input.Note, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "parcel", cancellationToken);
        audit.Record(actor, AuditActions.ParcelUndeliverable, $"parcel {parcel.Reference} cannot be delivered: {MailCodes.Of(reason)}", [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    public async Task<ParcelView> ReturnAsync(string reference, MailOutcomeInput input, bool mayReadSender, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var parcel = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(parcel.Version, input.Version, "parcel");
        parcel.Return(input.Note, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "parcel", cancellationToken);
        audit.Record(actor, AuditActions.ParcelReturn, $"returned parcel {parcel.Reference} to its sender", [parcel.PersonId]);
        return await ViewAsync(parcel, mayReadSender, cancellationToken);
    }

    internal async Task<Parcel> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = MailReference.Normalize(reference, MailReference.ParcelPrefix) ?? throw new NotFoundException("Parcel", reference);
        var parcels = tracking ? db.Parcels : db.Parcels.AsNoTracking();
        return await parcels.Include(p => p.Lines).Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Reference == normalized, cancellationToken)
            ?? throw new NotFoundException("Parcel", normalized);
    }

    internal async Task<IReadOnlyList<ParcelSummary>> SummariesAsync(IReadOnlyList<Parcel> parcels, CancellationToken cancellationToken)
    {
        var persons = await MailLookups.PersonsAsync(db, parcels.Select(p => p.PersonId), cancellationToken);
        var places = await MailLookups.PlacesAsync(db, parcels.Select(p => p.RoutedPlaceId), cancellationToken);
        var enquiries = await MailLookups.EnquiryReferencesAsync(db, parcels.Select(p => p.EnquiryId), cancellationToken);
        var batches = await MailLookups.BatchReferencesAsync(db, parcels.Select(p => p.BatchId), cancellationToken);
        var parties = await MailLookups.PartyCodesAsync(db, cancellationToken);
        return parcels.Select(p =>
        {
            var person = persons[p.PersonId];
            return new ParcelSummary(p.Reference, p.Status, person,
                p.EnquiryId is { } e ? enquiries.GetValueOrDefault(e) : null,
                p.RoutedPlaceId is { } place ? places.GetValueOrDefault(place).Code : null,
                p.DetainingPartyId is { } party ? parties.GetValueOrDefault(party) : null,
                p.BatchId is { } b ? batches.GetValueOrDefault(b) : null,
                p.TotalWeightGrams, p.Lines.Count, p.ReceivedAt, p.NeedsRerouting(person.HeldAtPlaceId), p.StoppedForSender, p.Version);
        }).ToList();
    }

    private async Task<ParcelView> ViewAsync(Parcel parcel, bool mayReadSender, CancellationToken cancellationToken)
    {
        var summary = (await SummariesAsync([parcel], cancellationToken))[0];
        var places = await MailLookups.PlacesAsync(db, parcel.Events.Select(e => e.PlaceId), cancellationToken);
        string? visitReference = null;
        if (parcel.DeliveredOnVisitId is { } visitId)
        {
            visitReference = await db.Visits.AsNoTracking().Where(v => v.Id == visitId).Select(v => v.Reference).SingleOrDefaultAsync(cancellationToken);
        }

        return new ParcelView(summary, parcel.Intake,
            mayReadSender ? MailSeals.OpenSenderName(encryption, parcel) : null,
            mayReadSender ? MailSeals.OpenSenderAddress(encryption, parcel) : null,
            [.. parcel.Lines.OrderBy(l => l.Number)],
            RefusalReasonsOf(parcel),
            parcel.DeliveryChannel, visitReference, parcel.ReceiptSigner, parcel.ReceiptSignerName, parcel.UndeliverableReason,
            parcel.OutcomeNote, parcel.ClosedAt, parcel.ClosedBy,
            [.. parcel.Events.OrderBy(e => e.At).ThenBy(e => e.Id.Value)
                .Select(e => new MailTrailStep(e.Kind, e.At, e.By, e.ToStatus, e.PlaceId is { } id ? places.GetValueOrDefault(id).Code : null, e.Note))]);
    }

    /// <summary>The stored reasons read back, one per line of text, each with the line it names (see <see cref="ParcelRuleViolation"/>).</summary>
    public static IReadOnlyList<ParcelRuleViolationView> RefusalReasonsOf(Parcel parcel)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        return parcel.RefusalReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(reason =>
        {
            const string prefix = "line ";
            var colon = reason.IndexOf(':', StringComparison.Ordinal);
            return reason.StartsWith(prefix, StringComparison.Ordinal) && colon > prefix.Length
                && int.TryParse(reason.AsSpan(prefix.Length, colon - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                ? new ParcelRuleViolationView(line, reason)
                : new ParcelRuleViolationView(null, reason);
        }).ToList();
    }

    private async Task<VisitId?> VisitAtRoutedPlaceAsync(Parcel parcel, string? visitText, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var reference = VisitReference.Normalize(visitText, VisitReference.VisitPrefix);
        if (reference is null)
        {
            errors["visit"] = [string.IsNullOrWhiteSpace(visitText) ? "Name the visit (VIS-XXXX-XXXX) on which the delegate handed the parcel over." : $"'{visitText!.Trim()}' is not a visit reference (VIS-XXXX-XXXX)."];
            return null;
        }

        var visit = await db.Visits.AsNoTracking().Where(v => v.Reference == reference).Select(v => new { v.Id, v.PlaceId }).SingleOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            errors["visit"] = [$"No visit {reference}."];
            return null;
        }

        if (visit.PlaceId != parcel.RoutedPlaceId)
        {
            errors["visit"] = [$"Visit {reference} was to another place than the one the parcel is routed to."];
            return null;
        }

        return visit.Id;
    }

    private static List<ParcelLineDraft> ReadLines(IReadOnlyList<ParcelLineInput>? lines, Dictionary<string, string[]> errors)
    {
        var drafts = new List<ParcelLineDraft>();
        var given = (lines ?? []).Where(l => l is not null && !l.IsBlank).ToList();
        for (var i = 0; i < given.Count; i++)
        {
            var line = given[i];
            ParcelCategory category = default;
            if (!Registry.RegistryCodes.TryParseCode(line.Category, MailCodes.Of, out category))
            {
                errors[$"lines[{i}].category"] = [$"'{line.Category}' is not a category: use {MailCodes.List<ParcelCategory>(MailCodes.Of)}."];
            }

            drafts.Add(new ParcelLineDraft(category, line.Description, line.Quantity ?? 0, line.WeightGrams ?? 0));
        }

        try
        {
            ParcelDraft.ValidateLines(drafts);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (key, value) in ex.Errors.Where(e => !errors.ContainsKey(e.Key) && !e.Key.EndsWith(".category", StringComparison.Ordinal)))
            {
                errors[key] = value;
            }
        }

        return drafts;
    }

    private static void Merge(Dictionary<string, string[]> errors, ValidationFailedException ex)
    {
        foreach (var (key, value) in ex.Errors)
        {
            errors.TryAdd(key, value);
        }
    }

    private static void Capture(Dictionary<string, string[]> errors, Action read)
    {
        try
        {
            read();
        }
        catch (ValidationFailedException ex)
        {
            Merge(errors, ex);
        }
    }
}
