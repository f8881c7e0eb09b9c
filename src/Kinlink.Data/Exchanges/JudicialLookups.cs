using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>The judicial proceedings that still hold persons, as exchange verification and execution need to know.</summary>
public static class JudicialLookups
{
    /// <summary>Of <paramref name="personIds"/>, those with a proceeding pending (charged, awaiting trial, serving a sentence).</summary>
    public static async Task<IReadOnlySet<PersonId>> PersonsWithPendingProceedingsAsync(KinlinkDbContext db, IReadOnlyCollection<PersonId> personIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0)
        {
            return new HashSet<PersonId>();
        }

        var ids = personIds.Distinct().ToList();
        var pending = JudicialProceeding.PendingStages.ToList();
        var found = new HashSet<PersonId>();
        foreach (var chunk in ids.Chunk(500))
        {
            var list = chunk.ToList();
            found.UnionWith(await db.JudicialProceedings.AsNoTracking()
                .Where(j => list.Contains(j.PersonId) && pending.Contains(j.Stage))
                .Select(j => j.PersonId).Distinct().ToListAsync(cancellationToken));
        }

        return found;
    }
}
