using System.Globalization;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// The duplicate scans of large imported lists, queued in the database and run after the import has committed.
/// Looking each person of a list up against the registry takes about a millisecond, so a small list is scanned at
/// once and a list of a hundred thousand would hold its import for minutes: above <see cref="InlinePersons"/>
/// persons, the list is queued instead (in the import's transaction, so a committed list is never left unscanned)
/// and scanned here, <see cref="PersonsPerStep"/> persons at a time, by the server's background matching or by
/// <c>kinlink tracing rematch</c>. Each list keeps, as a setting, how many of its persons were scanned, so a
/// stopped server goes on where it was. Two servers may scan the same step at once: storing a pair is safe to repeat.
/// </summary>
public sealed class QueuedDuplicateScans(KinlinkDbContext db, TimeProvider clock)
{
    public const int InlinePersons = 2_000;

    public const int PersonsPerStep = 2_000;

    private const string Prefix = "registry.duplicates.queued:";

    /// <summary>Queues the scan of <paramref name="list"/>'s persons; saved with the caller's next save.</summary>
    internal static void Enqueue(KinlinkDbContext db, SourceListId list) =>
        db.Settings.Add(new KinlinkSetting { Name = Prefix + list.Value.ToString("D"), Value = "0" });

    /// <summary>The persons a list named (with a spelling or an event): those its scan looks up.</summary>
    internal static async Task<List<PersonId>> PersonsNamedByAsync(KinlinkDbContext db, SourceListId list, CancellationToken cancellationToken) =>
        await db.NameForms.AsNoTracking().Where(f => f.SourceListId == list).Select(f => f.PersonId)
            .Union(db.StatusEvents.AsNoTracking().Where(e => e.SourceListId == list).Select(e => e.PersonId))
            .ToListAsync(cancellationToken);

    /// <summary>Scans every queued list to its end, step by step. Returns the persons scanned.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var scanned = 0;
        while (await RunStepAsync(cancellationToken) is { } step)
        {
            scanned += step;
        }

        return scanned;
    }

    /// <summary>One step of the oldest queued list: the persons it looked up; null when nothing is queued.</summary>
    private async Task<int?> RunStepAsync(CancellationToken cancellationToken)
    {
        var queued = await db.Settings.Where(s => s.Name.StartsWith(Prefix)).OrderBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (queued is null)
        {
            return null;
        }

        var list = new SourceListId(Guid.Parse(queued.Name[Prefix.Length..]));
        var done = int.Parse(queued.Value, CultureInfo.InvariantCulture);
        // In id order, so every step of every server takes the same persons for the same count.
        var step = (await PersonsNamedByAsync(db, list, cancellationToken)).OrderBy(p => p.Value).Skip(done).Take(PersonsPerStep).ToList();
        if (step.Count > 0)
        {
            await new DuplicateFinder(db, clock).FindAsync(step, cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (step.Count < PersonsPerStep)
        {
            await db.Settings.Where(s => s.Name == queued.Name).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            var value = (done + step.Count).ToString(CultureInfo.InvariantCulture);
            await db.Settings.Where(s => s.Name == queued.Name).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, value), cancellationToken);
        }

        return step.Count;
    }
}
