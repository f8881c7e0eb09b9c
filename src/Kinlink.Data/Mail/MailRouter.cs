using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Where an item for a person goes: the place the registry says the person is held now. One reading of "now" for the
/// intake of messages and parcels and for rerouting after a transfer, so they never disagree.
/// </summary>
public static class MailRouter
{
    /// <summary>The person's current place and the party holding it, or null when the person is not held anywhere known.</summary>
    public static async Task<(PlaceId PlaceId, PartyId PartyId)?> CurrentPlaceAsync(KinlinkDbContext db, PersonId personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var held = VisitQueries.HeldStatuses;
        var row = await (
            from person in db.Persons.AsNoTracking()
            where person.Id == personId && person.MergedIntoId == null && held.Contains(person.CurrentStatus) && person.CurrentPlaceId != null
            join place in db.Places.AsNoTracking() on person.CurrentPlaceId equals place.Id
            select new { place.Id, place.HoldingPartyId }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Id, row.HoldingPartyId);
    }

    /// <summary>Routes a new item (or one whose person moved) to where the person is held now; leaves it unrouted when they are not held.</summary>
    public static async Task RouteAsync(KinlinkDbContext db, MailItem item, Actor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.GoesToDetainee || !item.IsOpen)
        {
            return;
        }

        if (await CurrentPlaceAsync(db, item.PersonId, cancellationToken) is { } current)
        {
            item.RouteTo(current.PlaceId, current.PartyId, actor, at);
        }
    }
}
