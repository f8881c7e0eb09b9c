using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Transmissions;

/// <summary>
/// Notifications passed on to the power of origin (GC III art. 122-123): a party's feed of what is new about its
/// nationals, its acknowledgements, and the intermediary's overview of what waits unacknowledged. The transmissions
/// themselves are made when the news is saved (<see cref="KinlinkDbContext"/>), whichever path saved it.
/// </summary>
public sealed class TransmissionService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    /// <summary>Ids one acknowledgement may name: a few pages of the feed.</summary>
    public const int MaxAcknowledgedAtOnce = 1000;

    /// <summary>The caller's party's feed: unacknowledged first, newest first.</summary>
    public async Task<PagedResult<TransmissionItem>> FeedAsync(TransmissionStatusFilter status, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var party = await RecipientOfAsync(actor, cancellationToken);
        var transmissions = db.Transmissions.AsNoTracking().Where(t => t.RecipientPartyId == party);
        transmissions = status switch
        {
            TransmissionStatusFilter.All => transmissions,
            TransmissionStatusFilter.Unacknowledged => transmissions.Where(t => t.AcknowledgedAt == null),
            TransmissionStatusFilter.Acknowledged => transmissions.Where(t => t.AcknowledgedAt != null),
        };

        var total = await transmissions.CountAsync(cancellationToken);
        // Newest first by id: ids are version-7 GUIDs made from the time of transmission (SQLite cannot sort by a DateTimeOffset).
        var rows = await transmissions.OrderBy(t => t.AcknowledgedAt != null).ThenByDescending(t => t.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = await ItemsAsync(rows, cancellationToken);
        audit.Record(actor, AuditActions.TransmissionFeed,
            string.Create(CultureInfo.InvariantCulture, $"transmission feed status={status.Code()} page {pageNumber} of size {size}, {total} found"),
            items.Select(i => i.PersonId));
        return new PagedResult<TransmissionItem>(items, total, pageNumber, size);
    }

    /// <summary>Acknowledges one transmission to the caller's party; one to another party is not found.</summary>
    public async Task<TransmissionItem> AcknowledgeAsync(TransmissionId id, Actor actor, CancellationToken cancellationToken = default)
    {
        await AcknowledgeAsync([id], actor, cancellationToken);
        var transmission = await db.Transmissions.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        return (await ItemsAsync([transmission], cancellationToken))[0];
    }

    /// <summary>
    /// Acknowledges transmissions to the caller's party, all or none: if one of them is not the party's (or does not
    /// exist) nothing is acknowledged. Those acknowledged before keep their first acknowledgement.
    /// </summary>
    /// <returns>How many were acknowledged by this call.</returns>
    public async Task<int> AcknowledgeAsync(IReadOnlyCollection<TransmissionId> ids, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            throw new ValidationFailedException("ids", "Give the id of at least one transmission to acknowledge.");
        }

        if (wanted.Count > MaxAcknowledgedAtOnce)
        {
            throw new ValidationFailedException("ids", $"At most {MaxAcknowledgedAtOnce} transmissions are acknowledged at once.");
        }

        var party = await RecipientOfAsync(actor, cancellationToken);
        var found = await db.Transmissions.Where(t => t.RecipientPartyId == party && wanted.Contains(t.Id)).ToListAsync(cancellationToken);
        if (found.Count < wanted.Count)
        {
            throw new NotFoundException("Transmission", wanted.First(id => found.All(t => t.Id != id)).ToString());
        }

        var now = clock.GetUtcNow();
        var acknowledged = found.Where(t => t.Acknowledge(actor.UserName, now)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        if (acknowledged.Count > 0)
        {
            audit.Record(actor, AuditActions.TransmissionAcknowledge,
                string.Create(CultureInfo.InvariantCulture, $"acknowledged {acknowledged.Count} transmission(s): {string.Join(' ', acknowledged.Select(t => t.Id.Value))}"),
                acknowledged.Select(t => t.PersonId));
        }

        return acknowledged.Count;
    }

    /// <summary>For the intermediary: each conflict party's unacknowledged transmissions, and a page of them longest waiting first.</summary>
    public async Task<TransmissionOverview> OverviewAsync(string? partyCode, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new DomainRuleException("party", "The overview of transmissions is the intermediary's; a party reads its own feed.");
        }

        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var now = clock.GetUtcNow();
        var parties = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var waiting = db.Transmissions.AsNoTracking().Where(t => t.AcknowledgedAt == null);
        var counts = await waiting.GroupBy(t => t.RecipientPartyId).Select(g => new { Party = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Party, g => g.Count, cancellationToken);
        var backlogs = new List<TransmissionBacklog>();
        foreach (var party in parties)
        {
            // One indexed look-up per party (there are two or three) rather than a MIN over a DateTimeOffset, which SQLite cannot do.
            var oldest = counts.ContainsKey(party.Id)
                ? await waiting.Where(t => t.RecipientPartyId == party.Id).OrderBy(t => t.Id).Select(t => (DateTimeOffset?)t.TransmittedAt).FirstOrDefaultAsync(cancellationToken)
                : null;
            backlogs.Add(new TransmissionBacklog(party.Code, party.Name, counts.GetValueOrDefault(party.Id), oldest, oldest is { } at ? now - at : null));
        }

        if (!string.IsNullOrWhiteSpace(partyCode))
        {
            var wanted = partyCode.Trim().ToUpperInvariant();
            var party = parties.FirstOrDefault(p => p.Code == wanted)
                ?? throw new ValidationFailedException("party", $"'{partyCode}' is not a party to the conflict.");
            waiting = waiting.Where(t => t.RecipientPartyId == party.Id);
        }

        var total = await waiting.CountAsync(cancellationToken);
        var rows = await waiting.OrderBy(t => t.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = await ItemsAsync(rows, cancellationToken);
        audit.Record(actor, AuditActions.TransmissionOverview,
            string.Create(CultureInfo.InvariantCulture, $"unacknowledged transmissions{(string.IsNullOrWhiteSpace(partyCode) ? "" : " party=" + partyCode.Trim())} page {pageNumber} of size {size}, {total} found"),
            items.Select(i => i.PersonId));
        return new TransmissionOverview(backlogs, new PagedResult<TransmissionItem>(items, total, pageNumber, size));
    }

    private async Task<PartyId> RecipientOfAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsIntermediary)
        {
            throw new DomainRuleException("party", "Only a party's officers have a feed of transmissions; the intermediary reads the overview.");
        }

        return await PartyScope.PartyOfAsync(db, actor, cancellationToken)
            ?? throw new DomainRuleException("party", $"'{actor.PartyCode}' is not a party to the conflict.");
    }

    /// <summary>The notification data of each transmission's person, event and place, with a few queries for the whole page.</summary>
    private async Task<IReadOnlyList<TransmissionItem>> ItemsAsync(IReadOnlyList<Transmission> rows, CancellationToken cancellationToken)
    {
        var personIds = rows.Select(t => t.PersonId).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var eventIds = rows.Where(t => t.StatusEventId is not null).Select(t => t.StatusEventId!.Value).Distinct().ToList();
        var events = await db.StatusEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var placeIds = events.Values.Where(e => e.PlaceId is not null).Select(e => e.PlaceId!.Value).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(t =>
        {
            var person = persons[t.PersonId];
            var statusEvent = t.StatusEventId is { } eventId ? events.GetValueOrDefault(eventId) : null;
            var place = statusEvent?.PlaceId is { } placeId ? places.GetValueOrDefault(placeId) : null;
            return new TransmissionItem(
                t.Id, parties.GetValueOrDefault(t.RecipientPartyId, "?"), t.Subject, t.TransmittedAt, t.AcknowledgedAt, t.AcknowledgedBy,
                person.Id, person.Reference.Value, person.Surname, person.GivenName, person.Patronymic, PersonService.LatinReading(person.FullName),
                person.DateOfBirth?.ToString(), person.ServiceNumber,
                statusEvent?.Kind, statusEvent?.Date.ToString(), place?.Code, place?.Name,
                t.AcknowledgedAt is null ? now - t.TransmittedAt : null);
        }).ToList();
    }
}
