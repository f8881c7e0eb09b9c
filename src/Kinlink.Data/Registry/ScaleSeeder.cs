using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Fills an empty registry with N synthetic persons for benchmarks (<c>kinlink seed --scale N</c>): the registry
/// records of the cross-script generator (Ukrainian and Russian Cyrillic and Latin, brothers and namesakes), each
/// a person with one name form and a capture event, written through the demo seed's writer a batch at a time, so
/// a million persons never sit in memory at once.
/// </summary>
/// <remarks>
/// Each person's service number is the generator record's id, upper-cased: a benchmark that generates the same
/// set (same seed and size) knows, for each enquiry, which person is the true one. Scale persons depend on no
/// party and were registered by none, so nothing is transmitted for them, and no place of detention is named.
/// </remarks>
public sealed class ScaleSeeder(KinlinkDbContext db, TimeProvider clock)
{
    /// <summary>The benchmark's default seed too, so the two agree unless told otherwise.</summary>
    public const int DefaultSeed = 20_261_127;

    public const int MinimumPersons = 10;

    public const int MaximumPersons = 10_000_000;

    public const string SourceLabel = "scale seed";

    private const int PersonsPerBatch = 2_000;

    private const int PersonsPerTransaction = 100_000;

    private static readonly DateOnly WarStart = new(2022, 2, 24);

    /// <summary>Writes <paramref name="persons"/> persons, or refuses (writing nothing) when the registry already holds any.</summary>
    /// <param name="progress">Told the running count after each batch.</param>
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

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Its own random, so references and capture dates leave the generator's records exactly as the benchmark makes them.
        var random = new Random(seed ^ 0x5eed);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var writer = new PersonRowWriter(db);
        var written = 0;
        // One connection throughout: the page cache set below belongs to it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // SQLite's default page cache is 2 MB; the key tables of a million persons take gigabytes, and each insert
            // into them, at a random place of the key order, would read its pages again. 2 GB for this connection
            // only, while it seeds: at 256 MB a million took over 40 minutes, slowing with every hundred thousand.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2097152;", cancellationToken);
        }

        // A transaction per hundred thousand persons: one for the whole million kept every page in the write-ahead
        // log until the end. An interrupted seed keeps what it committed; seed again into an empty database.
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var batch in new CrossScriptGenerator(seed).StreamRegistry(persons).Chunk(PersonsPerBatch))
            {
                var entities = batch.Select(record => PersonOf(record, NewReference(random, references), CaptureDate(random, today), now)).ToList();
                await writer.WriteAsync(entities, _ => [], cancellationToken);
                written += entities.Count;
                progress?.Report(written);
                if (written % PersonsPerTransaction == 0 && written < persons)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }

        return new ScaleSeedResult(written, 0);
    }

    private static Person PersonOf(MatchRecord record, IntermediaryReference reference, DateOnly captured, DateTimeOffset now)
    {
        // The generator can put the whole name in the given-name field (a swapped line); the surname is required.
        var surname = string.IsNullOrWhiteSpace(record.Surname) ? record.GivenName : record.Surname;
        var givenName = ReferenceEquals(surname, record.GivenName) ? null : record.GivenName;
        var name = PersonNameParts.Create(surname, givenName, record.Patronymic);
        var details = new PersonDetails(
            PersonCategory.PrisonerOfWar,
            name,
            record.Sex switch { 'M' => Sex.Male, 'F' => Sex.Female, _ => Sex.Unknown },
            record.DateOfBirth is { } born ? PartialDateOf(born) : null,
            record.PlaceOfBirth,
            ServiceNumber: record.Id.ToUpperInvariant());
        var person = Person.Register(details, reference, PersonInputReader.ScriptOf(name), null, SourceLabel, now);
        person.RecordEvent(new StatusEventDraft(StatusEventKind.Captured, PartialDate.FromDate(captured), SourceLabel: SourceLabel), Actor.System, now);
        return person;
    }

    private static PartialDate PartialDateOf(BirthDate born) => PartialDate.Create(born.Year, born.Month, born.Day);

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

    private static DateOnly CaptureDate(Random random, DateOnly today) =>
        WarStart.AddDays(random.Next(Math.Max(1, today.DayNumber - WarStart.DayNumber)));
}
