using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Stops the mail of persons who died or were released (or repatriated): every open item going to them ends undeliverable
/// with that reason and is flagged for the sender's caseworker. Static and given the context, so the registry's own
/// services (an event recorded, a notification list imported) call it in the same request without depending on mail.
/// </summary>
public static class MailStopping
{
    /// <summary>The statuses after which nothing more is carried to a person, with the reason their items stop.</summary>
    public static UndeliverableReason? StopReasonFor(PersonStatus status) => status switch
    {
        PersonStatus.Dead => UndeliverableReason.Died,
        PersonStatus.Released or PersonStatus.Repatriated => UndeliverableReason.Released,
        PersonStatus.Unknown or PersonStatus.Held or PersonStatus.InHospital or PersonStatus.Escaped => null,
    };

    /// <summary>Stops the open items of those of <paramref name="personIds"/> now dead, released or repatriated; returns how many stopped.</summary>
    public static async Task<int> StopForPersonsAsync(KinlinkDbContext db, IReadOnlyCollection<PersonId> personIds, AuditTrail audit, Actor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(actor);
        if (personIds.Count == 0)
        {
            return 0;
        }

        var ids = personIds.Distinct().ToList();
        var ended = new[] { PersonStatus.Dead, PersonStatus.Released, PersonStatus.Repatriated };
        var statuses = new Dictionary<PersonId, PersonStatus>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id) && ended.Contains(p.CurrentStatus))
                         .Select(p => new { p.Id, p.CurrentStatus }).ToListAsync(cancellationToken))
            {
                statuses[row.Id] = row.CurrentStatus;
            }
        }

        if (statuses.Count == 0)
        {
            return 0;
        }

        var stopped = new List<MailItem>();
        foreach (var chunk in statuses.Keys.Chunk(500))
        {
            var open = new[] { MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit };
            var messages = await db.Messages.Include(m => m.Events)
                .Where(m => chunk.Contains(m.PersonId) && m.Direction == MessageDirection.ToDetainee && open.Contains(m.Status)).ToListAsync(cancellationToken);
            var parcels = await db.Parcels.Include(p => p.Events)
                .Where(p => chunk.Contains(p.PersonId) && open.Contains(p.Status)).ToListAsync(cancellationToken);
            foreach (var item in messages.Cast<MailItem>().Concat(parcels))
            {
                if (item.Stop(StopReasonFor(statuses[item.PersonId])!.Value, actor, at))
                {
                    stopped.Add(item);
                }
            }
        }

        if (stopped.Count == 0)
        {
            return 0;
        }

        await MailLookups.SaveAsync(db, "mail of the person", cancellationToken);
        foreach (var group in stopped.GroupBy(i => i.PersonId))
        {
            audit.Record(actor, AuditActions.MailStop,
                $"stopped {string.Join(", ", group.Select(i => i.Reference))}: the addressee {(statuses[group.Key] == PersonStatus.Dead ? "died" : "was released")}",
                [group.Key]);
        }

        return stopped.Count;
    }
}
