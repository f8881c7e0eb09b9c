using System.Globalization;
using System.Text.RegularExpressions;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Personal effects and valuables left by a prisoner who died, was repatriated, released or escaped (GC III art. 122(8),
/// 119): received by the intermediary in a sealed packet with a complete list of contents, held, and handed over with the
/// recipient named.
/// </summary>
public sealed partial class EffectsPacketService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    private const string What = "Packet of effects";

    public async Task<EffectsPacketView> ReceiveAsync(EffectsPacketInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
        DeathNotification? notification = null;
        if (!string.IsNullOrWhiteSpace(input.DeathNotification))
        {
            var reference = ExchangeReference.Normalize(input.DeathNotification, ExchangeReference.DeathPrefix);
            notification = reference is null ? null : await db.DeathNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Reference == reference, cancellationToken);
            if (notification is null)
            {
                errors["deathNotification"] = [$"No death notification {input.DeathNotification.Trim()}."];
            }
            else if (personId is { } id && notification.PersonId != id)
            {
                errors["deathNotification"] = [$"{notification.Reference} is about another person."];
            }
        }

        EffectsReason reason = default;
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors["reason"] = [$"Say why the effects were left: {ExchangeCodes.List<EffectsReason>(ExchangeCodes.Of)}."];
        }
        else if (!ExchangeCodes.TryParse(input.Reason, ExchangeCodes.Of, out reason))
        {
            errors["reason"] = [$"'{input.Reason.Trim()}' is not a reason; use one of {ExchangeCodes.List<EffectsReason>(ExchangeCodes.Of)}."];
        }

        var receivedOn = ExchangeDates.Read(input.ReceivedOn, "receivedOn", true, errors);
        var rows = (input.Items ?? []).Select((item, index) => (Item: item ?? new EffectsItemInput(), Index: index)).Where(r => !r.Item.IsBlank).ToList();
        var drafts = new List<EffectsItemDraft>();
        foreach (var (item, index) in rows)
        {
            if (item.Quantity is null)
            {
                errors[$"items[{index}].quantity"] = ["Give how many."];
            }

            drafts.Add(new EffectsItemDraft(item.Description ?? "", item.Quantity ?? 1, item.Amount, item.Currency));
        }

        EffectsPacket? packet = null;
        try
        {
            packet = EffectsPacket.Receive(personId ?? default, notification?.Id, reason == default ? (EffectsReason)0 : reason, input.SealNumber,
                receivedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), input.ReceivedFrom, drafts, actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                // The domain counts the lines it was given; the reader counts the rows they filled in, blanks included.
                var line = ItemField().Match(field);
                var name = line.Success ? $"items[{rows[int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture)].Index}]{line.Groups[2].Value}" : field;
                if (!(field == "reason" && errors.ContainsKey("reason")))
                {
                    errors.TryAdd(name, messages);
                }
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        db.EffectsPackets.Add(packet!);
        await MailLookups.SaveAsync(db, "packet of effects", cancellationToken);
        audit.Record(actor, AuditActions.EffectsPacketCreate,
            string.Create(CultureInfo.InvariantCulture, $"received packet {packet!.Reference} sealed {packet.SealNumber}: {packet.Items.Count} items{(notification is null ? "" : $", with {notification.Reference}")}"),
            [packet.PersonId]);
        return await ViewAsync(packet, cancellationToken);
    }

    public async Task<EffectsPacketView> HandOverAsync(string reference, EffectsHandoverInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var packet = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(packet.Version, input.Version, "packet of effects");
        var errors = new Dictionary<string, string[]>();
        var on = ExchangeDates.Read(input.HandedOverOn, "handedOverOn", true, errors);
        PartyId? party = null;
        if (!string.IsNullOrWhiteSpace(input.Party))
        {
            try
            {
                party = await MailLookups.PartyIdAsync(db, input.Party, "party", cancellationToken);
            }
            catch (ValidationFailedException ex)
            {
                errors["party"] = ex.Errors["party"];
            }
        }

        try
        {
            packet.HandOver(on ?? packet.ReceivedOn, input.HandedOverTo, party, input.Note, actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                errors.TryAdd(field, messages);
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        await MailLookups.SaveAsync(db, "packet of effects", cancellationToken);
        audit.Record(actor, AuditActions.EffectsPacketHandOver, $"handed packet {packet.Reference} over to {packet.HandedOverTo} on {packet.HandedOverOn:yyyy-MM-dd}", [packet.PersonId]);
        return await ViewAsync(packet, cancellationToken);
    }

    public async Task<PagedResult<EffectsPacketSummary>> ListAsync(EffectsPacketQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var packets = db.EffectsPackets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = ExchangeCodes.Parse<EffectsPacketStatus>(query.Status, ExchangeCodes.Of, "status", "a status of a packet of effects");
            packets = packets.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var personId = await ExchangeRecordLookups.PersonIdAsync(db, query.Person, cancellationToken);
            packets = packets.Where(p => p.PersonId == personId);
        }

        var total = await packets.CountAsync(cancellationToken);
        var items = await SummariesAsync(db, packets.OrderByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        audit.Record(actor, AuditActions.EffectsPacketList,
            string.Create(CultureInfo.InvariantCulture, $"packets of effects{(string.IsNullOrWhiteSpace(query.Status) ? "" : $" status={query.Status.Trim()}")}{(string.IsNullOrWhiteSpace(query.Person) ? "" : $" person={query.Person.Trim()}")} page {page} of size {pageSize}, {total} found"),
            []);
        return new PagedResult<EffectsPacketSummary>(items, total, page, pageSize);
    }

    public async Task<EffectsPacketView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var packet = await FindAsync(reference, tracking: false, cancellationToken);
        audit.Record(actor, AuditActions.EffectsPacketRead, $"read packet {packet.Reference}", [packet.PersonId]);
        return await ViewAsync(packet, cancellationToken);
    }

    internal static async Task<IReadOnlyList<EffectsPacketSummary>> SummariesAsync(KinlinkDbContext db, IQueryable<EffectsPacket> packets, CancellationToken cancellationToken)
    {
        var rows = await packets.Include(p => p.Items).ToListAsync(cancellationToken);
        var persons = await ExchangeRecordLookups.IdentitiesAsync(db, rows.Select(p => p.PersonId), cancellationToken);
        var notificationIds = rows.Select(p => p.DeathNotificationId).OfType<DeathNotificationId>().Distinct().ToList();
        var notifications = await db.DeathNotifications.AsNoTracking().Where(n => notificationIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Reference, cancellationToken);
        return rows.Select(p =>
        {
            var person = persons[p.PersonId];
            return new EffectsPacketSummary(p.Reference, person.Reference, person.FullName, person.LatinName, ExchangeCodes.Of(p.Reason), p.SealNumber, p.ReceivedOn,
                ExchangeCodes.Of(p.Status), p.HandedOverOn, p.HandedOverTo, p.Items.Count, p.DeathNotificationId is { } id ? notifications.GetValueOrDefault(id) : null);
        }).ToList();
    }

    private async Task<EffectsPacket> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = ExchangeRecordLookups.Reference(reference, ExchangeReference.PacketPrefix, What);
        var query = tracking ? db.EffectsPackets.Include(p => p.Items) : db.EffectsPackets.AsNoTracking().Include(p => p.Items);
        return await query.SingleOrDefaultAsync(p => p.Reference == normalized, cancellationToken) ?? throw new NotFoundException(What, normalized);
    }

    private async Task<EffectsPacketView> ViewAsync(EffectsPacket packet, CancellationToken cancellationToken)
    {
        var person = (await ExchangeRecordLookups.IdentitiesAsync(db, [packet.PersonId], cancellationToken))[packet.PersonId];
        var notification = packet.DeathNotificationId is { } id ? await db.DeathNotifications.AsNoTracking().Where(n => n.Id == id).Select(n => n.Reference).SingleOrDefaultAsync(cancellationToken) : null;
        var parties = await ExchangeRecordLookups.PartyCodesAsync(db, cancellationToken);
        return new EffectsPacketView(packet, person, notification, ExchangeRecordLookups.CodeOf(parties, packet.HandedOverToPartyId));
    }

    [GeneratedRegex(@"^items\[(\d+)\](.*)$")]
    private static partial Regex ItemField();
}
