using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>The messages and parcels of one person for their page, for the intermediary's staff who carry mail.</summary>
public sealed class PersonMailService(KinlinkDbContext db)
{
    public const int LatestCount = 10;

    public async Task<PersonMailSummary> SummaryAsync(PersonId personId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary || actor.IsPublic)
        {
            throw new ForbiddenException("A person's mail is listed for the intermediary's staff only.");
        }

        // A person's items are a handful: read their few columns once and count here (SQLite cannot order by a DateTimeOffset).
        var items = await db.Messages.AsNoTracking().Where(m => m.PersonId == personId)
            .Select(m => new PersonMailEntry(m.Reference, MailCodes.MessageItem, m.Kind, m.Direction, m.Status, m.ReceivedAt))
            .ToListAsync(cancellationToken);
        items.AddRange(await db.Parcels.AsNoTracking().Where(p => p.PersonId == personId)
            .Select(p => new PersonMailEntry(p.Reference, MailCodes.ParcelItem, null, MessageDirection.ToDetainee, p.Status, p.ReceivedAt))
            .ToListAsync(cancellationToken));
        var latest = items.OrderByDescending(i => i.ReceivedAt).ThenBy(i => i.Reference, StringComparer.Ordinal).Take(LatestCount).ToList();
        var summary = new PersonMailSummary(
            items.Count(i => i.Status is MailStatus.Received or MailStatus.Cleared or MailStatus.InTransit),
            items.Count(i => i.Status == MailStatus.Delivered),
            items.Count(i => i.Status == MailStatus.Undeliverable),
            latest);
        // Not audited on its own: it is part of the person's page, whose reading is one entry (person.read) with its path.
        return summary;
    }
}
