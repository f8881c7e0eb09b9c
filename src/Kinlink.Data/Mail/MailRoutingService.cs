using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Keeps mail following the person: the worklist of items to reroute after a transfer (derived from the registry, so an
/// item shows there the moment a transfer is recorded), rerouting, stopping after a death or a release, and the
/// senders still to be told about a stopped item.
/// </summary>
public sealed class MailRoutingService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    /// <summary>
    /// Open items for a detainee whose route differs from where the person is held now, including items never routed whose
    /// person is now held: one query over messages and parcels, "held now" read as <see cref="MailRouter"/> reads it.
    /// </summary>
    public async Task<IReadOnlyList<MailRoutingEntry>> WorklistAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var rows = await WorklistQuery().ToListAsync(cancellationToken);
        var persons = await MailLookups.PersonsAsync(db, rows.Select(r => r.PersonId), cancellationToken);
        var places = await MailLookups.PlacesAsync(db, rows.Select(r => r.RoutedPlaceId).Concat(rows.Select(r => (PlaceId?)r.CurrentPlaceId)), cancellationToken);
        var batches = await MailLookups.BatchReferencesAsync(db, rows.Select(r => r.BatchId), cancellationToken);
        return rows.Select(r => new MailRoutingEntry(r.Reference, r.Kind, r.Status, persons[r.PersonId],
                r.RoutedPlaceId is { } from ? places.GetValueOrDefault(from).Code : null, places[r.CurrentPlaceId].Code,
                r.BatchId is { } batch ? batches.GetValueOrDefault(batch) : null))
            .OrderBy(e => e.Person.NameLatin, StringComparer.Ordinal).ThenBy(e => e.ItemReference, StringComparer.Ordinal).ToList();
    }

    /// <summary>Routes the named items (or every item on the worklist) to where their person is held now; returns those rerouted.</summary>
    public async Task<IReadOnlyList<string>> RerouteAsync(MailRerouteInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        MailLookups.EnsureIntermediary(actor);
        var wanted = new List<string>();
        if (input.All)
        {
            wanted.AddRange(await WorklistQuery().Select(r => r.Reference).ToListAsync(cancellationToken));
        }
        else
        {
            wanted.AddRange((input.Items ?? []).Where(r => !string.IsNullOrWhiteSpace(r)));
            if (wanted.Count == 0)
            {
                throw new ValidationFailedException("items", "Name the items to reroute (MSG-… or PCL-…), or reroute all.");
            }
        }

        var now = clock.GetUtcNow();
        var rerouted = new List<MailItem>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var item = await MailItems.FindAsync(db, wanted[i], cancellationToken);
            if (item is null)
            {
                errors[$"items[{i}]"] = [$"No message or parcel {wanted[i].Trim()}."];
                continue;
            }

            var current = await MailRouter.CurrentPlaceAsync(db, item.PersonId, cancellationToken);
            if (current is null || !item.GoesToDetainee || !item.IsOpen || item.RoutedPlaceId == current.Value.PlaceId)
            {
                if (!input.All)
                {
                    errors[$"items[{i}]"] = [$"{item.Reference} does not need rerouting."];
                }

                continue;
            }

            await MailRouter.RouteAsync(db, item, actor, now, cancellationToken);
            rerouted.Add(item);
        }

        ValidationFailedException.ThrowIfAny(errors);
        await MailLookups.SaveAsync(db, "item", cancellationToken);
        if (rerouted.Count > 0)
        {
            audit.Record(actor, AuditActions.MailReroute, $"rerouted {string.Join(", ", rerouted.Select(i => i.Reference))} to where the addressee is held now", rerouted.Select(i => i.PersonId).Distinct());
        }

        return rerouted.Select(i => i.Reference).ToList();
    }

    /// <summary>Stops the open items of those persons now dead, released or repatriated (see <see cref="MailStopping"/>).</summary>
    public Task<int> StopForPersonsAsync(IReadOnlyCollection<PersonId> personIds, Actor actor, CancellationToken cancellationToken = default) =>
        MailStopping.StopForPersonsAsync(db, personIds, audit, actor, clock.GetUtcNow(), cancellationToken);

    /// <summary>Stopped items whose sender has not been told yet (or, for one enquiry, all its stopped items).</summary>
    public async Task<IReadOnlyList<MailStoppedEntry>> StoppedAsync(string? enquiry, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        EnquiryId? enquiryId = null;
        if (!string.IsNullOrWhiteSpace(enquiry))
        {
            var errors = new Dictionary<string, string[]>();
            enquiryId = await MailLookups.EnquiryIdAsync(db, enquiry, "enquiry", errors, cancellationToken);
            ValidationFailedException.ThrowIfAny(errors);
        }

        var stopped = db.MailEvents.AsNoTracking().Where(e => e.Kind == MailEventKind.Stopped);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => enquiryId == null ? m.StoppedForSender : m.EnquiryId == enquiryId && stopped.Any(e => e.MessageId == m.Id))
            .ToListAsync(cancellationToken);
        var parcels = await db.Parcels.AsNoTracking()
            .Where(p => enquiryId == null ? p.StoppedForSender : p.EnquiryId == enquiryId && stopped.Any(e => e.ParcelId == p.Id))
            .ToListAsync(cancellationToken);
        var items = messages.Cast<MailItem>().Concat(parcels).ToList();
        var persons = await MailLookups.PersonsAsync(db, items.Select(i => i.PersonId), cancellationToken);
        var enquiries = await MailLookups.EnquiryReferencesAsync(db, items.Select(i => i.EnquiryId), cancellationToken);
        return items.Select(i => new MailStoppedEntry(i.Reference, i is Message m ? MailCodes.Of(m.Kind) : MailCodes.ParcelItem, persons[i.PersonId],
                i.EnquiryId is { } e ? enquiries.GetValueOrDefault(e) : null, i.UndeliverableReason, i.ClosedAt, i.StoppedForSender))
            .OrderByDescending(e => e.StoppedAt).ThenBy(e => e.ItemReference, StringComparer.Ordinal).ToList();
    }

    /// <summary>The caseworker told the sender about a stopped item: it leaves the worklist.</summary>
    public async Task SenderInformedAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        MailLookups.EnsureIntermediary(actor);
        var item = await MailItems.FindAsync(db, reference, cancellationToken) ?? throw new NotFoundException("Item", reference);
        if (!item.StoppedForSender)
        {
            throw new DomainRuleException("status", $"{item.Reference} is not waiting for its sender to be told.");
        }

        item.ClearSenderFlag();
        await MailLookups.SaveAsync(db, "item", cancellationToken);
        audit.Record(actor, AuditActions.MailSenderInformed, $"told the sender that {item.Reference} was stopped", [item.PersonId]);
    }

    private IQueryable<MailRoutingRow> WorklistQuery()
    {
        var held = VisitQueries.HeldStatuses;
        var open = new[] { MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit };
        var messages = from message in db.Messages
                       where message.Direction == MessageDirection.ToDetainee && open.Contains(message.Status)
                       join person in db.Persons on message.PersonId equals person.Id
                       where held.Contains(person.CurrentStatus) && person.CurrentPlaceId != null && person.MergedIntoId == null
                             && (message.RoutedPlaceId == null || message.RoutedPlaceId != person.CurrentPlaceId)
                       select new MailRoutingRow
                       {
                           Reference = message.Reference, Kind = "message", PersonId = message.PersonId, Status = message.Status,
                           RoutedPlaceId = message.RoutedPlaceId, CurrentPlaceId = person.CurrentPlaceId!.Value, BatchId = message.BatchId,
                       };
        var parcels = from parcel in db.Parcels
                      where open.Contains(parcel.Status)
                      join person in db.Persons on parcel.PersonId equals person.Id
                      where held.Contains(person.CurrentStatus) && person.CurrentPlaceId != null && person.MergedIntoId == null
                            && (parcel.RoutedPlaceId == null || parcel.RoutedPlaceId != person.CurrentPlaceId)
                      select new MailRoutingRow
                      {
                          Reference = parcel.Reference, Kind = MailCodes.ParcelItem, PersonId = parcel.PersonId, Status = parcel.Status,
                          RoutedPlaceId = parcel.RoutedPlaceId, CurrentPlaceId = person.CurrentPlaceId!.Value, BatchId = parcel.BatchId,
                      };
        return messages.Concat(parcels).AsNoTracking();
    }
}
