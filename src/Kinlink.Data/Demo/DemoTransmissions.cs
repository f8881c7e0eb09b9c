using Kinlink.Data.Access;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>
/// The transmissions the demo registry would have made (the rule of <see cref="Persistence.KinlinkDbContext"/>: a
/// registration, then each event from a later list, to the party the person depends on unless it reported it),
/// dated when each list arrived. Most were acknowledged by the party's officers within hours or days, some after
/// weeks; those whose time has not come yet wait in the feed.
/// </summary>
internal sealed class DemoTransmissions(IEnumerable<SourceList> sources, IEnumerable<Party> parties, Random random, DateTimeOffset now)
{
    private readonly Dictionary<SourceListId, SourceList> _sources = sources.ToDictionary(s => s.Id);

    private readonly Dictionary<PartyId, string[]> _officers = parties.ToDictionary(
        p => p.Id,
        p => DemoAccounts.All.Where(a => a.PartyCode == p.Code).Select(a => a.Email).ToArray());

    public IEnumerable<Transmission> For(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var firstList = _sources[person.NameForms[0].SourceListId!.Value];
        var registeredAt = Min(firstList.ImportedAt, now);
        var withRegistration = person.Events.Where(e => e.SourceListId == firstList.Id).ToList();
        if (Transmission.RecipientFor(person.DependsOnPartyId, firstList.PartyId) is { } recipient)
        {
            yield return Acknowledged(Transmission.Create(recipient, person.Id, TransmissionSubject.Registration, withRegistration.MaxBy(e => e.Sequence)?.Id, registeredAt));
        }

        foreach (var statusEvent in person.Events.Except(withRegistration).OrderBy(e => e.Sequence))
        {
            if (Transmission.RecipientFor(person.DependsOnPartyId, statusEvent.ReportedByPartyId) is { } eventRecipient)
            {
                var listedAt = _sources[statusEvent.SourceListId!.Value].ImportedAt;
                var at = Min(listedAt > registeredAt ? listedAt : registeredAt, now);
                yield return Acknowledged(Transmission.Create(eventRecipient, person.Id, TransmissionSubject.Event, statusEvent.Id, at));
            }
        }
    }

    private Transmission Acknowledged(Transmission transmission)
    {
        var hours = random.NextDouble() switch
        {
            < 0.75 => random.Next(2, 72),
            < 0.95 => random.Next(72, 14 * 24),
            _ => random.Next(14 * 24, 60 * 24),
        };
        var acknowledgedAt = transmission.TransmittedAt.AddHours(hours).AddMinutes(random.Next(0, 60));
        var officers = _officers.GetValueOrDefault(transmission.RecipientPartyId, []);
        if (acknowledgedAt <= now && officers.Length > 0)
        {
            transmission.Acknowledge(officers[random.Next(officers.Length)], acknowledgedAt);
        }

        return transmission;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
