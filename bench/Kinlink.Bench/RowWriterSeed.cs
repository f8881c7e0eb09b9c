using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Bench;

/// <summary>
/// The baseline of <c>kinlink-bench seed</c>: the scale seed as it was before the bulk writer, persons with one name
/// form and a capture event, written a batch of 2,000 at a time through the demo seed's multi-row inserts
/// (<see cref="PersonRowWriter"/>) in EF's transaction, with the same page cache.
/// </summary>
internal static class RowWriterSeed
{
    public static async Task RunAsync(KinlinkDbContext db, int persons, int seed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(seed ^ 0x5eed);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var writer = new PersonRowWriter(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2097152;", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var warStart = new DateOnly(2022, 2, 24);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var batch in new CrossScriptGenerator(seed).StreamRegistry(persons).Chunk(2_000))
        {
            var entities = batch.Select(record =>
            {
                IntermediaryReference reference;
                do
                {
                    reference = IntermediaryReference.NewFrom(random);
                }
                while (!references.Add(reference.Value));

                var details = ScaleSeeder.DetailsOf(record, default) with { DependsOnPartyId = null };
                var person = Person.Register(details, reference, PersonInputReader.ScriptOf(details.Name), null, ScaleSeeder.SourceLabel, now);
                var captured = warStart.AddDays(random.Next(Math.Max(1, today.DayNumber - warStart.DayNumber)));
                person.RecordEvent(new StatusEventDraft(StatusEventKind.Captured, PartialDate.FromDate(captured), SourceLabel: ScaleSeeder.SourceLabel), Actor.System, now);
                return person;
            }).ToList();
            await writer.WriteAsync(entities, _ => [], cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.Database.CloseConnectionAsync();
    }
}
