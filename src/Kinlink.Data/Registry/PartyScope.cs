using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Which persons an account may see. The intermediary's staff see everyone. A party's officers see the persons
/// their party holds or has held or itself registered (by hand or in a list it sent), and their own nationals wherever they are held (art. 122-123: the other side's
/// notifications about them are passed on); never anyone else the other side holds, such as third-country
/// nationals. Every person query of the services goes through here, so lists, pages, exports, counts and API
/// answers obey one rule.
/// </summary>
public static class PartyScope
{
    public static async Task<IQueryable<Person>> VisibleToAsync(this IQueryable<Person> persons, KinlinkDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsIntermediary)
        {
            return persons;
        }

        var code = actor.PartyCode!.Trim().ToUpperInvariant();
        var partyId = await db.Parties.AsNoTracking()
            .Where(p => p.Code == code && p.Kind == PartyKind.ConflictParty)
            .Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (partyId is null)
        {
            // An account of a party the registry does not know sees nothing rather than everything.
            return persons.Where(p => false);
        }

        return persons.Where(p =>
            p.DependsOnPartyId == partyId
            || p.RegisteredByPartyId == partyId
            || db.Places.Any(place => place.Id == p.CurrentPlaceId && place.HoldingPartyId == partyId)
            || db.StatusEvents.Any(e => e.PersonId == p.Id
                && db.Places.Any(place => (place.Id == e.PlaceId || place.Id == e.FromPlaceId) && place.HoldingPartyId == partyId)));
    }

    /// <summary>
    /// Whether an account may change a person's record or timeline. A party reports on the persons it holds or has
    /// held, or registered itself; its own nationals held by the other side it may read, but their record is the
    /// detaining party's to give (art. 122), so it may not write to it.
    /// </summary>
    public static async Task<bool> MayWriteAsync(this KinlinkDbContext db, PersonId person, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsIntermediary)
        {
            return true;
        }

        var code = actor.PartyCode!.Trim().ToUpperInvariant();
        var partyId = await db.Parties.AsNoTracking()
            .Where(p => p.Code == code && p.Kind == PartyKind.ConflictParty)
            .Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        return partyId is not null && await db.Persons.AsNoTracking().AnyAsync(p => p.Id == person
            && (p.RegisteredByPartyId == partyId
                || db.Places.Any(place => place.Id == p.CurrentPlaceId && place.HoldingPartyId == partyId)
                || db.StatusEvents.Any(e => e.PersonId == p.Id
                    && db.Places.Any(place => (place.Id == e.PlaceId || place.Id == e.FromPlaceId) && place.HoldingPartyId == partyId))), cancellationToken);
    }
}
