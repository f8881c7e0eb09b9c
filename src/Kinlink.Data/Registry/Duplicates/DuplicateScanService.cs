using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// Scans the registry for records that are likely or possibly the same person (see <see cref="DuplicateFinder"/>):
/// the whole registry on demand (<c>kinlink duplicates scan</c>), or given persons. The worklist it fills is the
/// intermediary's, so only the intermediary's accounts may start a scan.
/// </summary>
public sealed class DuplicateScanService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    public async Task<DuplicateScanResult> ScanAllAsync(Actor actor, CancellationToken cancellationToken = default) =>
        await ScanAsync(null, actor, cancellationToken);

    /// <param name="queryPersons">The persons to look for duplicates of; null for everyone.</param>
    public async Task<DuplicateScanResult> ScanAsync(IReadOnlyCollection<PersonId>? queryPersons, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("The duplicate worklist is the intermediary's: a party's account cannot scan the registry for duplicates.");
        }

        var result = await new DuplicateFinder(db, clock).FindAsync(queryPersons, cancellationToken);
        audit.Record(actor, AuditActions.DuplicatesScan, string.Create(CultureInfo.InvariantCulture,
            $"duplicate scan of {result.QueryPersons} persons against {result.RegistryPersons}: {result.PairsFound} pairs, {result.PairsNew} new, {result.PairsReopened} back for review"), []);
        return result;
    }
}
