using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Fills an empty database with the synthetic demo data set (about 10,000 persons). Used only in demo mode
/// (Kinlink:Demo) and by <c>kinlink seed --demo</c>; a database that holds anything at all is left alone.
/// </summary>
public sealed class DemoSeeder(KinlinkDbContext db, TimeProvider clock, Tracing.EnquiryConfidentialFields confidential, Access.FieldEncryption encryption)
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
        // The delegates' second registrations ask, as a list import's new persons would: the worklist starts with their pairs.
        await new Duplicates.DuplicateFinder(db, clock).FindAsync(data.DelegateRegistrations.Select(p => p.Id).ToList(), cancellationToken);
        DemoEnquiries.Add(db, data.Persons, data.Parties, clock.GetUtcNow());
        // The families' contact details are stored encrypted, as every other path stores them.
        foreach (var enquiry in db.ChangeTracker.Entries<Domain.Tracing.Enquiry>().Select(e => e.Entity).ToList())
        {
            await confidential.SealAsync(enquiry, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Visits after the enquiries: the sheets then show the enquiries about the persons held.
        await DemoVisits.AddAsync(db, encryption, data.Persons, data.Parties, data.Places, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Mail after the visits: a message handed over on a visit names it, and the visit sheets list what is waiting.
        await DemoMail.AddAsync(db, encryption, data.Persons, data.Parties, data.Places, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Exchanges after the mail. None of the persons it hands over or records dead has mail on its way (DemoExchangesTests
        // checks it), so no mail needs stopping, which the seeding could not audit.
        await DemoExchanges.AddAsync(db, encryption, data.Persons, data.Parties, data.Places, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Writes persons with all their rows, a batch at a time (see <see cref="PersonRowWriter"/>).</summary>
    private async Task InsertAsync(IReadOnlyList<Person> persons, DemoTransmissions transmissions, CancellationToken cancellationToken)
    {
        var writer = new PersonRowWriter(db);
        foreach (var batch in persons.Chunk(PersonsPerBatch))
        {
            await writer.WriteAsync(batch, transmissions.For, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Parties.AnyAsync(cancellationToken)
        && !await db.Persons.AnyAsync(cancellationToken)
        && !await db.Places.AnyAsync(cancellationToken)
        && !await db.SourceLists.AnyAsync(cancellationToken);
}
