using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Data.Registry.Seeding;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Fills an empty registry with N synthetic persons for benchmarks (<c>kinlink seed --scale N</c>): the registry
/// records of the cross-script generator (Ukrainian and Russian Cyrillic and Latin, brothers and namesakes), each a
/// prisoner who depends on one party and is held by the other at one of its places of detention (about one place
/// per 1,500 persons), with a timeline from capture to the present (<see cref="ScaleTimeline"/>) and every row that
/// registering such a person through the application writes: name forms, search keys, prepared match forms and
/// keys, events, and the registration passed on to the party the person depends on. Then families' enquiries for
/// a share of them and for some persons the registry does not hold (<see cref="ScaleEnquiries"/>).
/// </summary>
/// <remarks>
/// Each person's service number is the generator record's id, upper-cased: a benchmark that generates the same set
/// (same seed and size) knows, for each enquiry, which person is the true one. The same size, seed and day give the
/// same rows, ids included (<see cref="SeedIds"/>). The rows of a block of persons are computed on worker threads
/// while one writer writes the previous blocks (a bounded channel, so a million persons never sit in memory), and
/// are written past EF (<see cref="SeedRowWriter"/>).
/// </remarks>
public sealed class ScaleSeeder(KinlinkDbContext db, TimeProvider clock, Tracing.EnquiryConfidentialFields? confidential = null)
{
    /// <summary>The benchmark's default seed too, so the two agree unless told otherwise.</summary>
    public const int DefaultSeed = 20_261_127;

    public const int MinimumPersons = 10;

    public const int MaximumPersons = 10_000_000;

    public const string SourceLabel = "scale seed";

    private const int PersonsPerBlock = 2_000;

    private const int PersonsPerTransaction = 200_000;

    /// <summary>Writes <paramref name="persons"/> persons, or refuses (writing nothing) when the registry already holds any.</summary>
    /// <param name="progress">Told the running count after each block.</param>
    public async Task<ScaleSeedResult> SeedAsync(int persons, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (persons is < MinimumPersons or > MaximumPersons)
        {
            throw new ValidationFailedException("scale", $"The number of persons must be between {MinimumPersons:N0} and {MaximumPersons:N0}; it was {persons:N0}.");
        }

        // A second run would add the same generator records again (the same ids as service numbers), and a benchmark
        // could no longer tell which of two identical persons is the true one: refused rather than added.
        var existing = await db.Persons.CountAsync(cancellationToken);
        if (existing > 0)
        {
            return new ScaleSeedResult(0, existing);
        }

        if (await db.Parties.AnyAsync(cancellationToken) || await db.Places.AnyAsync(cancellationToken))
        {
            throw new ValidationFailedException("scale", "The database already holds parties or places: --scale seeds only an empty database.");
        }

        // The day, not the instant: the same seed and size seeded on the same day give the same rows.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var asOf = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var tables = new ScaleTables(db);
        var world = ScaleWorld.Create(persons, seed, asOf);
        var written = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // A fresh database is loaded without a rollback journal: an interrupted seed leaves a file to delete,
            // which is what one does with it anyway. WAL again at the end. The page cache keeps the key indexes'
            // pages between blocks (2 MB by default; the key tables of a million persons take gigabytes).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2097152;", cancellationToken);
        }

        var writer = new SeedRowWriter(db);
        var bulk = sqlite ? await SqliteBulkLoad.StartAsync(db, tables.PersonTables, cancellationToken) : null;
        if (bulk is not null)
        {
            writer.Redirect(tables.MatchKeys, SqliteBulkLoad.StagedMatchKeys, "temp");
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var shared = new SeedChunk(0);
            world.AddRows(shared, tables);
            await writer.WriteAsync(shared, cancellationToken);
            await foreach (var chunk in BlocksAsync(world, tables, persons, seed, cancellationToken))
            {
                await writer.WriteAsync(chunk, cancellationToken);
                var before = written;
                written += chunk.Persons;
                progress?.Report(written);
                if (written / PersonsPerTransaction != before / PersonsPerTransaction && written < persons)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                }
            }

            if (bulk is not null)
            {
                await bulk.FinishAsync(cancellationToken);
            }

            if (db.Database.IsNpgsql())
            {
                // The subjects' numbers were written explicitly: their sequence is moved past them before anyone
                // saves a person normally. SQLite takes the next number from the table itself.
                await db.Database.ExecuteSqlRawAsync(
                    "SELECT setval(pg_get_serial_sequence('person_match_subjects', 'Number'), (SELECT MAX(\"Number\") FROM person_match_subjects))", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaction.DisposeAsync();
            await writer.DisposeAsync();
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }

        // Without the application's field encryption (a bare context, as some tests build it) no enquiries are seeded:
        // their contact details may only be stored sealed.
        var enquiries = confidential is null ? 0 : await ScaleEnquiries.AddAsync(db, confidential, persons, seed, asOf, cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }

        return new ScaleSeedResult(written, 0, enquiries);
    }

    /// <summary>
    /// The rows of <paramref name="persons"/> persons, built but not written: how fast the rows are computed, apart
    /// from how fast a database takes them (<c>kinlink-bench seed</c>).
    /// </summary>
    /// <returns>The number of rows.</returns>
    internal static async Task<long> ComputeRowsAsync(KinlinkDbContext db, int persons, int seed, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var tables = new ScaleTables(db);
        var rows = 0L;
        await foreach (var chunk in BlocksAsync(ScaleWorld.Create(persons, seed, asOf), tables, persons, seed, cancellationToken))
        {
            rows += chunk.Tables.Sum(t => t.Rows.Count);
        }

        return rows;
    }

    /// <summary>The blocks of persons in order, each built on a worker thread while the caller writes the ones before.</summary>
    private static async IAsyncEnumerable<SeedChunk> BlocksAsync(ScaleWorld world, ScaleTables tables, int persons, int seed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var blocks = Channel.CreateBounded<Task<SeedChunk>>(new BoundedChannelOptions(Math.Max(2, Environment.ProcessorCount * 2))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(blocks.Writer, world, tables, persons, seed, stop.Token), stop.Token);
        try
        {
            await foreach (var block in blocks.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await block;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await producer;
    }

    /// <summary>
    /// Reads the generator in order (it is sequential), draws each person's reference from one random (references
    /// must be unique across the set), and hands each block to a worker thread; the channel's bound keeps only a few
    /// blocks in memory.
    /// </summary>
    private static async Task ProduceAsync(ChannelWriter<Task<SeedChunk>> blocks, ScaleWorld world, ScaleTables tables, int persons, int seed, CancellationToken cancellationToken)
    {
        try
        {
            // Its own random, so references leave the generator's records exactly as the benchmark makes them.
            var random = new Random(seed ^ 0x5eed);
            var references = new HashSet<string>(StringComparer.Ordinal);
            var block = 0;
            var firstNumber = 1;
            foreach (var batch in new CrossScriptGenerator(seed).StreamRegistry(persons).Chunk(PersonsPerBlock))
            {
                var drawn = batch.Select(_ => NewReference(random, references)).ToArray();
                var (number, index) = (firstNumber, ++block);
                firstNumber += batch.Length;
                await blocks.WriteAsync(Task.Run(() => world.Block(batch, drawn, index, number, tables), cancellationToken), cancellationToken);
            }

            blocks.Complete();
        }
        catch (Exception error)
        {
            blocks.Complete(error);
        }
    }

    private static IntermediaryReference NewReference(Random random, HashSet<string> taken)
    {
        // Seven random characters collide about once in 30 billion; a million persons still meet a few such pairs.
        IntermediaryReference reference;
        do
        {
            reference = IntermediaryReference.NewFrom(random);
        }
        while (!taken.Add(reference.Value));

        return reference;
    }

    /// <summary>A generator record as the registry holds it: the surname required, the record id as service number.</summary>
    internal static PersonDetails DetailsOf(MatchRecord record, PartyId dependsOn)
    {
        // The generator can put the whole name in the given-name field (a swapped line); the surname is required.
        var surname = string.IsNullOrWhiteSpace(record.Surname) ? record.GivenName : record.Surname;
        var givenName = ReferenceEquals(surname, record.GivenName) ? null : record.GivenName;
        var name = PersonNameParts.Create(surname, givenName, record.Patronymic);
        return new PersonDetails(
            PersonCategory.PrisonerOfWar,
            name,
            record.Sex switch { 'M' => Sex.Male, 'F' => Sex.Female, _ => Sex.Unknown },
            record.DateOfBirth is { } born ? PartialDate.Create(born.Year, born.Month, born.Day) : null,
            record.PlaceOfBirth,
            ServiceNumber: record.Id.ToUpperInvariant(),
            DependsOnPartyId: dependsOn);
    }

    /// <summary>The rows SaveChanges adds beside a new person (KinlinkDbContext.BeforeSave), written into <paramref name="chunk"/>.</summary>
    internal static void AddPersonRows(SeedChunk chunk, ScaleTables tables, SeedIds ids, Person person, int subjectNumber)
    {
        ids.Register(person.Id.Value);
        foreach (var form in person.NameForms)
        {
            ids.Register(form.Id.Value);
        }

        foreach (var statusEvent in person.Events)
        {
            ids.Register(statusEvent.Id.Value);
        }

        chunk.Add(tables.Persons, tables.Persons.RowOf(person, ids));
        foreach (var form in person.NameForms)
        {
            chunk.Add(tables.NameForms, tables.NameForms.RowOf(form, ids));
        }

        foreach (var form in person.NameForms)
        {
            foreach (var key in KinlinkDbContext.SearchKeysFor(form))
            {
                var row = new NameSearchKey { PersonId = form.PersonId, NameFormId = form.Id, Key = key };
                ids.Register(row.Id);
                chunk.Add(tables.SearchKeys, tables.SearchKeys.RowOf(row, ids));
            }
        }

        var match = MatchKeyCalculator.For(person);
        chunk.Add(tables.MatchSubjects, tables.MatchSubjects.RowOf(new PersonMatchSubject { Number = subjectNumber, PersonId = person.Id, Forms = match.Forms, Revision = tables.WritesRevisions ? subjectNumber : 0 }, ids));
        foreach (var key in match.Keys)
        {
            chunk.Add(tables.MatchKeys, tables.MatchKeys.RowOf(new PersonMatchKey { Key = key, Number = subjectNumber }, ids));
        }

        foreach (var statusEvent in person.Events)
        {
            chunk.Add(tables.Events, tables.Events.RowOf(statusEvent, ids));
        }

        // KinlinkDbContext.AddTransmissions: a new person is passed on to the party it depends on, referring to the
        // latest event saved with it; those events are told by that registration and get none of their own.
        if (Transmission.RecipientFor(person.DependsOnPartyId, person.RegisteredByPartyId) is { } recipient)
        {
            var latest = person.Events.MaxBy(e => e.Sequence);
            var transmission = Transmission.Create(recipient, person.Id, TransmissionSubject.Registration, latest?.Id, person.CreatedAt);
            ids.Register(transmission.Id.Value);
            chunk.Add(tables.Transmissions, tables.Transmissions.RowOf(transmission, ids));
        }
    }
}
