using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Writes the match keys of every person when the database's keys were made with another key scheme, or with
/// none (a database from before the table existed): a migration cannot compute keys, so start-up does. Persons are
/// re-keyed in batches, each in its own transaction; the scheme is recorded only once all are done, so an
/// interrupted run starts again at the next start-up.
/// </summary>
public sealed class MatchKeyBackfill(KinlinkDbContext db)
{
    private const int PersonsPerBatch = 1_000;

    /// <returns>The number of persons whose keys were written; 0 when the keys were current.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var scheme = MatchKeyCalculator.Scheme;
        var recorded = await db.Settings.AsNoTracking().Where(s => s.Name == MatchKeyCalculator.SchemeSetting).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        if (recorded == scheme)
        {
            return 0;
        }

        var ids = await db.Persons.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(PersonsPerBatch))
        {
            await RekeyAsync(batch, cancellationToken);
        }

        await RecordSchemeAsync(scheme, cancellationToken);
        return ids.Count;
    }

    private async Task RekeyAsync(PersonId[] batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var persons = await db.Persons.AsNoTracking().Include(p => p.NameForms).AsSplitQuery()
            .Where(p => batch.Contains(p.Id)).ToListAsync(cancellationToken);
        await db.PersonMatchKeys.Where(k => batch.Contains(k.PersonId)).ExecuteDeleteAsync(cancellationToken);
        var rows = new MultiRowInsert(db, typeof(PersonMatchKey));
        foreach (var row in persons.SelectMany(MatchKeyCalculator.RowsFor))
        {
            await rows.AddAsync(row, cancellationToken);
        }

        await rows.FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RecordSchemeAsync(string scheme, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Name == MatchKeyCalculator.SchemeSetting, cancellationToken);
        if (setting is null)
        {
            db.Settings.Add(new KinlinkSetting { Name = MatchKeyCalculator.SchemeSetting, Value = scheme });
        }
        else
        {
            setting.Value = scheme;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
