using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// Writes the prepared forms and match keys of every person when the database's were made with another key scheme
/// or forms encoding, or with none (a database from before the tables existed): a migration cannot compute keys, so
/// start-up does. Persons are re-keyed in batches, each in its own transaction; the scheme is recorded only once all
/// are done, so an interrupted run starts again at the next start-up. On PostgreSQL, where several servers may start
/// at once, one of them does it while the others wait on an advisory lock and then find the keys current.
/// </summary>
public sealed class MatchKeyBackfill(KinlinkDbContext db)
{
    private const int PersonsPerBatch = 1_000;

    // The PostgreSQL advisory lock held while re-keying: "kinlink" in ASCII, read as a number.
    private const string TakeLock = "SELECT pg_advisory_lock(30233745494208107)";
    private const string ReleaseLock = "SELECT pg_advisory_unlock(30233745494208107)";

    /// <returns>The number of persons whose keys were written; 0 when the keys were current.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return await RunUnlockedAsync(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(TakeLock, cancellationToken);
            try
            {
                return await RunUnlockedAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(ReleaseLock, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> RunUnlockedAsync(CancellationToken cancellationToken)
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
        var subjects = await db.PersonMatchSubjects.Where(s => batch.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, cancellationToken);
        var numbers = subjects.Values.Select(s => s.Number).ToList();
        await db.PersonMatchKeys.Where(k => numbers.Contains(k.Number)).ExecuteDeleteAsync(cancellationToken);

        // Subjects through EF, which numbers the new ones; their thousands of key rows past it (MultiRowInsert).
        var rows = persons.AsParallel().Select(person => (Person: person, Rows: MatchKeyCalculator.For(person))).ToList();
        foreach (var (person, matchRows) in rows)
        {
            if (!subjects.TryGetValue(person.Id, out var subject))
            {
                subjects[person.Id] = subject = new PersonMatchSubject { PersonId = person.Id };
                db.PersonMatchSubjects.Add(subject);
            }

            subject.Forms = matchRows.Forms;
        }

        await db.SaveChangesAsync(cancellationToken);
        var keyRows = new MultiRowInsert(db, typeof(PersonMatchKey));
        foreach (var (person, matchRows) in rows)
        {
            var number = subjects[person.Id].Number;
            foreach (var key in matchRows.Keys)
            {
                await keyRows.AddAsync(new PersonMatchKey { Key = key, Number = number }, cancellationToken);
            }
        }

        await keyRows.FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
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
