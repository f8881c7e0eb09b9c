using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>Counts for the home page, in a few grouped queries rather than one search per party and status.</summary>
public sealed class RegistryOverviewService(KinlinkDbContext db)
{
    public async Task<RegistryOverview> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var parties = await db.Parties.AsNoTracking().ToListAsync(cancellationToken);
        var visible = (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken)).Where(p => p.MergedIntoId == null);
        var byParty = await visible
            .GroupBy(p => p.DependsOnPartyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byStatus = await visible
            .GroupBy(p => p.CurrentStatus)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var places = await db.Places.AsNoTracking().CountAsync(cancellationToken);
        var openPlaces = await db.Places.AsNoTracking().CountAsync(p => p.IsOpen, cancellationToken);
        var imports = await (await ImportService.ListsVisibleToAsync(db, actor, cancellationToken)).CountAsync(cancellationToken);

        var partyRows = parties
            .Where(p => p.Kind == PartyKind.ConflictParty)
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => ((string?)p.Code, (string?)p.Name, byParty.Where(g => g.Key == p.Id).Sum(g => g.Count)))
            .ToList();
        var unrecorded = byParty.Where(g => g.Key is null).Sum(g => g.Count);
        if (unrecorded > 0)
        {
            partyRows.Add((null, null, unrecorded));
        }

        return new RegistryOverview(
            byParty.Sum(g => g.Count),
            partyRows,
            Enum.GetValues<PersonStatus>().Select(s => (s, byStatus.GetValueOrDefault(s))).ToList(),
            places,
            openPlaces,
            imports);
    }
}
