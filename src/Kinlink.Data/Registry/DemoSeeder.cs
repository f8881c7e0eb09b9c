using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Fills an empty database with the synthetic demo data set (about 10,000 persons). Used only in demo mode
/// (Kinlink:Demo) and by <c>kinlink seed --demo</c>; a database that holds anything at all is left alone.
/// </summary>
public sealed class DemoSeeder(KinlinkDbContext db, TimeProvider clock)
{
    // A fixed seed makes every demo database the same, so a walkthrough or a bug report can name a person.
    private const int Seed = 20_220_224;

    private const int PersonsPerBatch = 2_000;

    /// <returns>True when the data set was written; false when the database was not empty.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(cancellationToken))
        {
            return false;
        }

        var data = DemoDataSet.Build(new Random(Seed), clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Parties.AddRange(data.Parties);
            db.Places.AddRange(data.Places);
            db.SourceLists.AddRange(data.Sources);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server seeding the same database at the same moment got there first.
            await transaction.RollbackAsync(cancellationToken);
            if (!await IsEmptyAsync(cancellationToken))
            {
                return false;
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        // Its own random, so the transmissions do not change the rest of the data set.
        var transmissions = new DemoTransmissions(data.Sources, data.Parties, new Random(Seed + 1), clock.GetUtcNow());
        await InsertAsync(data.Persons, transmissions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Writes persons with their name forms, search keys, events and transmissions as multi-row inserts, a batch of persons
    /// at a time and parents before children, past the change tracker (see <see cref="MultiRowInsert"/> for why).
    /// </summary>
    private async Task InsertAsync(IReadOnlyList<Person> persons, DemoTransmissions transmissions, CancellationToken cancellationToken)
    {
        var personRows = new MultiRowInsert(db, typeof(Person), new Dictionary<string, Func<object, object?>>
        {
            [KinlinkDbContext.SortNameColumn] = person => KinlinkDbContext.SortNameOf((Person)person),
        });
        var formRows = new MultiRowInsert(db, typeof(PersonNameForm));
        var keyRows = new MultiRowInsert(db, typeof(NameSearchKey));
        var matchKeyRows = new MultiRowInsert(db, typeof(PersonMatchKey));
        var eventRows = new MultiRowInsert(db, typeof(StatusEvent));
        var transmissionRows = new MultiRowInsert(db, typeof(Transmission));
        foreach (var batch in persons.Chunk(PersonsPerBatch))
        {
            foreach (var person in batch)
            {
                await personRows.AddAsync(person, cancellationToken);
            }

            await personRows.FlushAsync(cancellationToken);
            foreach (var form in batch.SelectMany(p => p.NameForms))
            {
                await formRows.AddAsync(form, cancellationToken);
            }

            await formRows.FlushAsync(cancellationToken);
            foreach (var form in batch.SelectMany(p => p.NameForms))
            {
                // The keys SaveChanges adds for a new name form (KinlinkDbContext.BeforeSave).
                foreach (var key in KinlinkDbContext.SearchKeysFor(form))
                {
                    await keyRows.AddAsync(new NameSearchKey { PersonId = form.PersonId, NameFormId = form.Id, Key = key }, cancellationToken);
                }
            }

            // The match keys SaveChanges adds for a new person (KinlinkDbContext.WriteMatchKeys).
            foreach (var person in batch)
            {
                foreach (var row in MatchKeyCalculator.RowsFor(person))
                {
                    await matchKeyRows.AddAsync(row, cancellationToken);
                }
            }

            foreach (var statusEvent in batch.SelectMany(p => p.Events))
            {
                await eventRows.AddAsync(statusEvent, cancellationToken);
            }

            await keyRows.FlushAsync(cancellationToken);
            await matchKeyRows.FlushAsync(cancellationToken);
            await eventRows.FlushAsync(cancellationToken);
            // The transmissions SaveChanges adds for new persons and events (KinlinkDbContext.AddTransmissions).
            foreach (var transmission in batch.SelectMany(transmissions.For))
            {
                await transmissionRows.AddAsync(transmission, cancellationToken);
            }

            await transmissionRows.FlushAsync(cancellationToken);
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Parties.AnyAsync(cancellationToken)
        && !await db.Persons.AnyAsync(cancellationToken)
        && !await db.Places.AnyAsync(cancellationToken)
        && !await db.SourceLists.AnyAsync(cancellationToken);
}
