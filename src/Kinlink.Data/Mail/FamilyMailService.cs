using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// The family's side of messages, on the public status page after the case reference and secret were checked
/// (<see cref="PublicEnquiryService"/> does that, under its attempt limit): the messages from the person that passed the
/// detaining authority's check, which count as delivered once the family has read them; where the family's own messages
/// stand; and handing in a new one online. Everything here acts as <see cref="Actor.PublicEnquiryForm"/>.
/// </summary>
public sealed class FamilyMailService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption)
{
    /// <summary>A Red Cross message leaves room for about 30 lines; a family online writes one, not a letter.</summary>
    public const int HandInTextLength = 2000;

    /// <summary>
    /// The enquiry's messages for its family. Showing a message from the person that passed the check delivers it
    /// (channel family-online): the family has now read it; the person wrote it to them. Where the family's own messages
    /// stand is told past "received" only when news of the person may be shared with this family.
    /// </summary>
    public async Task<FamilyMail> ReadAsync(Enquiry enquiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var actor = Actor.PublicEnquiryForm;
        var messages = await db.Messages.Include(m => m.Events).Where(m => m.EnquiryId == enquiry.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var shown = new List<FamilyMessage>();
        var delivered = new List<Message>();
        var now = clock.GetUtcNow();
        var newsMayBeShared = FamilyDisclosure.For(enquiry) == FamilyAnswer.NewsAvailable;
        foreach (var message in messages)
        {
            if (message.Direction == MessageDirection.FromDetainee)
            {
                if (message.CheckOutcome is not (MessageCheckOutcome.Passed or MessageCheckOutcome.PassedWithPartsStruckOut)
                    || message.Status is not (MailStatus.Cleared or MailStatus.InTransit or MailStatus.Delivered))
                {
                    continue;
                }

                if (message.Status != MailStatus.Delivered)
                {
                    message.Deliver(DeliveryChannel.FamilyOnline, null, "read on the public status page", actor, now);
                    delivered.Add(message);
                }

                shown.Add(new FamilyMessage(message.Reference, message.Direction, message.Kind, message.ReceivedAt, FamilyMessageState.Delivered, null,
                    MailSeals.OpenText(encryption, message), message.CheckOutcome == MessageCheckOutcome.PassedWithPartsStruckOut));
            }
            else if (!newsMayBeShared)
            {
                // Further than "received" would tell the family the person was found and reached, which the person has not allowed.
                shown.Add(new FamilyMessage(message.Reference, message.Direction, message.Kind, message.ReceivedAt, FamilyMessageState.Received, null, null, false));
            }
            else
            {
                var state = StateOf(message);
                shown.Add(new FamilyMessage(message.Reference, message.Direction, message.Kind, message.ReceivedAt, state,
                    state == FamilyMessageState.Undeliverable ? message.UndeliverableReason : null, null, false));
            }
        }

        if (delivered.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The family opened the page twice at once, or staff recorded a delivery meanwhile: it is delivered either way.
                db.ChangeTracker.Clear();
                delivered.Clear();
            }
        }

        if (shown.Count > 0)
        {
            audit.Record(actor, AuditActions.MailFamilyRead,
                $"the family of enquiry {enquiry.Reference.Value} saw {shown.Count} messages" + (delivered.Count == 0 ? "" : $"; delivered online: {string.Join(", ", delivered.Select(m => m.Reference))}"),
                messages.Select(m => m.PersonId).Distinct());
        }

        return new FamilyMail(shown, await MayHandInAsync(enquiry, cancellationToken));
    }

    /// <summary>
    /// Takes in a Red Cross message the family wrote on the status page, for the enquiry's located person, as any message
    /// is taken in: sealed, routed to where the person is held, waiting for the detaining authority's check.
    /// </summary>
    public async Task<Message> HandInAsync(Enquiry enquiry, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        if (!await MayHandInAsync(enquiry, cancellationToken))
        {
            throw new DomainRuleException("text", "A message can be handed in online only once the person is found and held, and has agreed to news being shared.");
        }

        if ((text ?? "").Trim().Length > HandInTextLength)
        {
            throw new ValidationFailedException("text", $"Write at most {HandInTextLength} characters.");
        }

        var actor = Actor.PublicEnquiryForm;
        var now = clock.GetUtcNow();
        var draft = new MessageDraft(MessageKind.RedCrossMessage, MessageDirection.ToDetainee, enquiry.PersonId!.Value, enquiry.Id, enquiry.EnquirerFullName, "",
            TracingCodes.Of(enquiry.EnquirerRelation), TracingCodes.Of(enquiry.EnquirerLanguage), text, MailIntake.FamilyOnline, null);
        var message = Message.Create(draft, null, MailSeals.ForMessages(encryption), actor, now);
        await MailRouter.RouteAsync(db, message, actor, now, cancellationToken);
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.MailFamilyHandIn, $"the family of enquiry {enquiry.Reference.Value} handed in message {message.Reference} online", [message.PersonId]);
        return message;
    }

    /// <summary>
    /// Only when the person is found, has agreed to news being shared with this family, and is held at a known place:
    /// otherwise the form itself would tell the family something the answer does not (that the person was found, or died).
    /// </summary>
    private async Task<bool> MayHandInAsync(Enquiry enquiry, CancellationToken cancellationToken) =>
        enquiry is { Status: EnquiryStatus.Located, PersonId: { } personId }
        && FamilyDisclosure.For(enquiry) == FamilyAnswer.NewsAvailable
        && await MailRouter.CurrentPlaceAsync(db, personId, cancellationToken) is not null;

    private static FamilyMessageState StateOf(Message message) => message.Status switch
    {
        MailStatus.Received => FamilyMessageState.Received,
        MailStatus.Cleared or MailStatus.InTransit => FamilyMessageState.OnItsWay,
        MailStatus.Delivered => FamilyMessageState.Delivered,
        MailStatus.Withheld or MailStatus.Refused => FamilyMessageState.Withheld,
        MailStatus.Undeliverable => message.UndeliverableReason is UndeliverableReason.Died or UndeliverableReason.Released
            ? FamilyMessageState.ContactUs
            : FamilyMessageState.Undeliverable,
        MailStatus.Returned => FamilyMessageState.Undeliverable,
    };
}
