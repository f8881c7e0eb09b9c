using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// A scale person's timeline, recorded through <see cref="Person.RecordEvent"/> so that the timeline rules hold and
/// the person's current status and place follow from the last event: captured at a transit point, notified at a
/// camp, colony or pre-trial centre 3 to 40 days later; 40 % transferred once and 15 % of those again; 8 % taken to
/// hospital (four in five of them discharged, the rest still there); then 4 % released, 6 % repatriated in an
/// exchange and 0.7 % dead; everyone else still held.
/// </summary>
internal static class ScaleTimeline
{
    private static readonly DateOnly WarStart = new(2022, 2, 24);

    public static void Record(Person person, ScalePlaces heldBy, Random random, DateTimeOffset asOf)
    {
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        var lastDay = today.AddDays(-1);
        var captured = WarStart.AddDays(random.Next(Math.Max(1, lastDay.DayNumber - 45 - WarStart.DayNumber)));
        var transit = Pick(random, heldBy.Transit);
        Add(person, heldBy, StatusEventKind.Captured, captured, transit, asOf);
        var cursor = captured.AddDays(random.Next(3, 41));
        var current = Pick(random, heldBy.Detention);
        Add(person, heldBy, StatusEventKind.Notified, cursor, current, asOf);
        var transfers = random.NextDouble() < 0.4 ? (random.NextDouble() < 0.15 ? 2 : 1) : 0;
        for (var i = 0; i < transfers && Next(random, ref cursor, 30, 300, lastDay); i++)
        {
            var to = Pick(random, heldBy.Detention);
            if (to != current)
            {
                Add(person, heldBy, StatusEventKind.Transferred, cursor, to, asOf, from: current);
                current = to;
            }
        }

        if (random.NextDouble() < 0.08 && Next(random, ref cursor, 10, 200, lastDay))
        {
            Add(person, heldBy, StatusEventKind.Hospitalised, cursor, Pick(random, heldBy.Hospitals), asOf, condition: "Ранение", serious: random.NextDouble() < 0.3);
            if (random.NextDouble() >= 0.8 || !Next(random, ref cursor, 7, 60, lastDay))
            {
                return;
            }

            Add(person, heldBy, StatusEventKind.Discharged, cursor, current, asOf);
        }

        var fate = random.NextDouble();
        if (fate < 0.047 && Next(random, ref cursor, 30, 400, lastDay))
        {
            Add(person, heldBy, fate < 0.04 ? StatusEventKind.Released : StatusEventKind.Died, cursor, null, asOf, condition: fate < 0.04 ? null : "Сердечная недостаточность");
        }
        else if (fate < 0.107 && Next(random, ref cursor, 30, 400, lastDay))
        {
            Add(person, heldBy, StatusEventKind.Repatriated, cursor, null, asOf);
        }
    }

    private static bool Next(Random random, ref DateOnly cursor, int minDays, int maxDays, DateOnly lastDay)
    {
        var next = cursor.AddDays(random.Next(minDays, maxDays + 1));
        if (next > lastDay)
        {
            return false;
        }

        cursor = next;
        return true;
    }

    private static void Add(Person person, ScalePlaces heldBy, StatusEventKind kind, DateOnly date, PlaceOfDetention? place, DateTimeOffset asOf, PlaceOfDetention? from = null, string? condition = null, bool serious = false) =>
        person.RecordEvent(
            new StatusEventDraft(kind, PartialDate.FromDate(date), place?.Id, from?.Id, condition, serious, SourceLabel: ScaleSeeder.SourceLabel, ReportedByPartyId: heldBy.Holder.Id),
            Actor.System,
            asOf);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
