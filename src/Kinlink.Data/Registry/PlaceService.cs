using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>Use cases of places of detention.</summary>
public sealed class PlaceService(KinlinkDbContext db, PersonService persons, AuditTrail audit)
{
    /// <summary>How many held and former detainees a place page lists before it says "and N more".</summary>
    public const int PersonsShown = 200;

    public async Task<PagedResult<PlaceSummary>> ListAsync(string? holdingParty, bool? open, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var places = db.Places.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(holdingParty))
        {
            var code = holdingParty.Trim().ToUpperInvariant();
            var partyId = await db.Parties.Where(p => p.Code == code).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("party", $"'{holdingParty}' is not a known party code.");
            places = places.Where(p => p.HoldingPartyId == partyId);
        }

        if (open is { } isOpen)
        {
            places = places.Where(p => p.IsOpen == isOpen);
        }

        var total = await places.CountAsync(cancellationToken);
        var rows = await places.OrderBy(p => p.Code).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = rows.Select(r => (PlaceId?)r.Id).ToList();
        var visible = await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken);
        var counts = await visible.Where(p => ids.Contains(p.CurrentPlaceId))
            .GroupBy(p => p.CurrentPlaceId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, cancellationToken);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var items = rows.Select(p => new PlaceSummary(p.Id, p.Code, p.Name, p.NameLatin, p.Kind, parties[p.HoldingPartyId], p.Region, p.IsOpen, p.Capacity, counts.GetValueOrDefault(p.Id), p.Version)).ToList();
        return new PagedResult<PlaceSummary>(items, total, pageNumber, size);
    }

    public async Task<PlaceRecord> GetAsync(string idOrCode, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var place = await FindAsync(idOrCode, tracking: false, cancellationToken);
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == place.HoldingPartyId, cancellationToken);
        var placeId = (PlaceId?)place.Id;

        var visible = await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken);
        var heldNowQuery = visible.Where(p => p.CurrentPlaceId == placeId);
        var heldNowTotal = await heldNowQuery.CountAsync(cancellationToken);
        var heldNow = await heldNowQuery.OrderBy(p => EF.Property<string>(p, KinlinkDbContext.SortNameColumn)).ThenBy(p => p.Id).Take(PersonsShown).ToListAsync(cancellationToken);

        var heldBeforeQuery = visible
            .Where(p => p.CurrentPlaceId != placeId || p.CurrentPlaceId == null)
            .Where(p => db.StatusEvents.Any(e => e.PersonId == p.Id && (e.PlaceId == placeId || e.FromPlaceId == placeId)));
        var heldBeforeTotal = await heldBeforeQuery.CountAsync(cancellationToken);
        var heldBefore = await heldBeforeQuery.OrderBy(p => EF.Property<string>(p, KinlinkDbContext.SortNameColumn)).ThenBy(p => p.Id).Take(PersonsShown).ToListAsync(cancellationToken);

        audit.Record(actor, AuditActions.PlaceRead, $"read place {place.Code}", heldNow.Concat(heldBefore).Select(p => p.Id));
        return new PlaceRecord(place, party,
            await persons.SummariseAsync(heldNow, cancellationToken), heldNowTotal,
            await persons.SummariseAsync(heldBefore, cancellationToken), heldBeforeTotal);
    }

    public async Task<PlaceOfDetention> CreateAsync(PlaceInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (details, partyId) = await ReadAsync(input, cancellationToken);
        await EnsurePartyMayRecordAsync(partyId, actor, cancellationToken);
        if (await db.Places.AnyAsync(p => p.Code == details.Code.Trim().ToUpperInvariant(), cancellationToken))
        {
            throw new ConflictException($"A place with code {details.Code.Trim().ToUpperInvariant()} already exists.");
        }

        var place = PlaceOfDetention.Create(details, partyId);
        db.Places.Add(place);
        await db.SaveChangesAsync(cancellationToken);
        return place;
    }

    public async Task<PlaceOfDetention> UpdateAsync(string idOrCode, PlaceInput input, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var place = await FindAsync(idOrCode, tracking: true, cancellationToken);
        await EnsurePartyMayRecordAsync(place.HoldingPartyId, actor, cancellationToken);
        if (place.Version != expectedVersion)
        {
            throw new ConflictException($"Place {place.Code} was changed by someone else (version {place.Version}, you had {expectedVersion}). Reload it and make your change again.");
        }

        var (details, _) = await ReadAsync(input, cancellationToken);
        var newCode = details.Code.Trim().ToUpperInvariant();
        if (newCode != place.Code && await db.Places.AnyAsync(p => p.Code == newCode, cancellationToken))
        {
            throw new ConflictException($"A place with code {newCode} already exists.");
        }

        place.Update(details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Place {place.Code} was changed by someone else while you were editing it.");
        }

        return place;
    }

    /// <summary>A party's officers record only their own party's places: the other side's are described by the other side, through the intermediary.</summary>
    private async Task EnsurePartyMayRecordAsync(PartyId holdingParty, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsIntermediary && await PartyScope.PartyOfAsync(db, actor, cancellationToken) != holdingParty)
        {
            throw new ForbiddenException($"An officer of {actor.PartyCode} records only the places {actor.PartyCode} holds.");
        }
    }

    private async Task<(PlaceDetails Details, PartyId PartyId)> ReadAsync(PlaceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var kind = PlaceKind.Other;
        if (!string.IsNullOrWhiteSpace(input.Kind) && !RegistryCodes.TryParsePlaceKind(input.Kind, out kind))
        {
            errors["kind"] = [$"'{input.Kind}' is not a kind of place: use {RegistryCodes.List<PlaceKind>(RegistryCodes.Of)}."];
        }

        PartyId partyId = default;
        var code = (input.HoldingParty ?? "").Trim().ToUpperInvariant();
        var party = code.Length == 0 ? null : await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.Kind == PartyKind.ConflictParty, cancellationToken);
        if (party is null)
        {
            errors["holdingParty"] = [code.Length == 0 ? "Say which party holds the place." : $"'{input.HoldingParty}' is not a party to the conflict."];
        }
        else
        {
            partyId = party.Id;
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var nameLatin = string.IsNullOrWhiteSpace(input.NameLatin) && input.Name is not null ? Transliterator.ToLatin(input.Name) : input.NameLatin;
        return (new PlaceDetails(input.Code ?? "", input.Name ?? "", nameLatin, kind, input.Region, input.Address, input.Latitude, input.Longitude, input.Capacity, input.IsOpen), partyId);
    }

    private async Task<PlaceOfDetention> FindAsync(string idOrCode, bool tracking, CancellationToken cancellationToken)
    {
        var places = tracking ? db.Places : db.Places.AsNoTracking();
        PlaceOfDetention? place;
        if (Guid.TryParse(idOrCode, out var guid))
        {
            var id = new PlaceId(guid);
            place = await places.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        }
        else
        {
            var code = (idOrCode ?? "").Trim().ToUpperInvariant();
            place = await places.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        }

        return place ?? throw new NotFoundException("Place", idOrCode ?? "");
    }
}
