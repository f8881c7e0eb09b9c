using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;

namespace Kinlink.Domain.Mail;

/// <summary>
/// What a message and a parcel share: the person it is for or from, the family's enquiry it belongs to, where it is on its
/// way (status, the place it is routed to, the dispatch batch), and how it ended (delivered, undeliverable, stopped). An
/// item is addressed to a person, never to a place: its route follows the place the person is held now.
/// </summary>
public abstract class MailItem
{
    public const int NoteLength = MailEvent.NoteLength;

    public string Reference { get; protected set; } = "";

    /// <summary>The registry person the item is for (or, for a message from a detainee, from).</summary>
    public PersonId PersonId { get; protected set; }

    /// <summary>The family's enquiry the item belongs to, if any: flagged when the item is stopped.</summary>
    public EnquiryId? EnquiryId { get; protected set; }

    public MailIntake Intake { get; protected set; }

    public MailStatus Status { get; protected set; }

    public DateTimeOffset ReceivedAt { get; protected set; }

    public string ReceivedBy { get; protected set; } = "";

    /// <summary>The place of detention the item is on its way to; null for an item going to a family or not yet routable.</summary>
    public PlaceId? RoutedPlaceId { get; protected set; }

    /// <summary>The party that holds the routed place: the authority that checks and confirms.</summary>
    public PartyId? DetainingPartyId { get; protected set; }

    public MailBatchId? BatchId { get; protected set; }

    public DeliveryChannel? DeliveryChannel { get; protected set; }

    /// <summary>The visit on which a delegate handed the item over.</summary>
    public VisitId? DeliveredOnVisitId { get; protected set; }

    public UndeliverableReason? UndeliverableReason { get; protected set; }

    /// <summary>When the item reached its end (delivered, undeliverable, withheld, refused, returned).</summary>
    public DateTimeOffset? ClosedAt { get; protected set; }

    public string ClosedBy { get; protected set; } = "";

    /// <summary>What was said about the outcome: who received it, why it failed.</summary>
    public string OutcomeNote { get; protected set; } = "";

    /// <summary>Set when the item was stopped because its addressee died or was released: the sender's case needs a word.</summary>
    public bool StoppedForSender { get; protected set; }

    public int Version { get; protected set; }

    /// <summary>Still on its way: can be routed, batched, delivered or found undeliverable.</summary>
    public bool IsOpen => Status is MailStatus.Received or MailStatus.Cleared or MailStatus.InTransit;

    /// <summary>Whether the item travels to a place of detention (and so follows the person).</summary>
    public abstract bool GoesToDetainee { get; }

    /// <summary>
    /// True when the item is still on its way to a place the person is no longer held at: a transfer was recorded after it
    /// was routed. Null <paramref name="currentPlaceId"/> (not held anywhere known) is not a reroute: stopping handles it.
    /// </summary>
    public bool NeedsRerouting(PlaceId? currentPlaceId) =>
        GoesToDetainee && IsOpen && currentPlaceId is not null && RoutedPlaceId != currentPlaceId;

    /// <summary>
    /// Routes the item to the place the person is held now. An item in a batch for another place leaves the batch (an
    /// open batch simply loses it; one already dispatched is recalled to be forwarded), so it is never delivered to an old place.
    /// </summary>
    public void RouteTo(PlaceId placeId, PartyId detainingPartyId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!GoesToDetainee)
        {
            throw new DomainRuleException("place", "A message to a family is not routed to a place of detention.");
        }

        if (!IsOpen)
        {
            throw new DomainRuleException("status", $"An item that is {Status} is no longer routed.");
        }

        if (RoutedPlaceId == placeId)
        {
            return;
        }

        var from = RoutedPlaceId;
        RoutedPlaceId = placeId;
        DetainingPartyId = detainingPartyId;
        if (BatchId is not null)
        {
            BatchId = null;
            if (Status == MailStatus.InTransit)
            {
                Status = MailStatus.Cleared;
            }
        }

        Version++;
        AddEvent(from is null ? MailEventKind.Routed : MailEventKind.Rerouted, "", actor, at);
    }

    /// <summary>Puts a cleared item into an open batch for the place it is routed to.</summary>
    public void AddToBatch(MailBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (Status != MailStatus.Cleared)
        {
            throw new DomainRuleException("status", $"Only a cleared item goes into a batch; {Reference} is {Status}.");
        }

        if (batch.Status != MailBatchStatus.Open)
        {
            throw new DomainRuleException("batch", $"Batch {batch.Reference} has been dispatched.");
        }

        if (RoutedPlaceId != batch.PlaceId)
        {
            throw new DomainRuleException("batch", $"{Reference} is routed to another place than batch {batch.Reference}.");
        }

        BatchId = batch.Id;
        Version++;
    }

    /// <summary>Takes the item out of a batch that has not been dispatched.</summary>
    public void RemoveFromBatch(MailBatch batch, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (BatchId != batch.Id)
        {
            throw new DomainRuleException("batch", $"{Reference} is not in batch {batch.Reference}.");
        }

        if (batch.Status != MailBatchStatus.Open)
        {
            throw new DomainRuleException("batch", $"Batch {batch.Reference} has been dispatched; reroute or mark the item instead.");
        }

        BatchId = null;
        Version++;
        AddEvent(MailEventKind.RemovedFromBatch, batch.Reference, actor, at);
    }

    internal void MarkDispatched(MailBatch batch, Actor actor, DateTimeOffset at)
    {
        Status = MailStatus.InTransit;
        Version++;
        AddEvent(MailEventKind.Dispatched, batch.Reference, actor, at);
    }

    /// <summary>Records the delivery. The channel must fit the direction; a delegate's delivery names the visit.</summary>
    public void Deliver(DeliveryChannel channel, VisitId? visitId, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (MailStatus.Cleared or MailStatus.InTransit))
        {
            throw new DomainRuleException("status", Status == MailStatus.Received
                ? $"{Reference} has not been cleared yet."
                : $"{Reference} is {Status}; it cannot be delivered.");
        }

        var fits = GoesToDetainee
            ? channel is Mail.DeliveryChannel.DelegateOnVisit or Mail.DeliveryChannel.AuthorityConfirmed
            : channel is Mail.DeliveryChannel.ToFamily or Mail.DeliveryChannel.FamilyOnline or Mail.DeliveryChannel.DelegateOnVisit;
        if (!Enum.IsDefined(channel) || !fits)
        {
            throw new ValidationFailedException("channel", GoesToDetainee
                ? "An item for a detainee is delivered by a delegate on a visit or confirmed by the authority."
                : "A message for a family is given to the family, read online, or handed over by a delegate.");
        }

        if (channel == Mail.DeliveryChannel.DelegateOnVisit && visitId is null)
        {
            throw new ValidationFailedException("visit", "Name the visit on which the delegate handed it over.");
        }

        var trimmed = Trimmed(note, "note");
        Status = MailStatus.Delivered;
        DeliveryChannel = channel;
        DeliveredOnVisitId = channel == Mail.DeliveryChannel.DelegateOnVisit ? visitId : null;
        Close(trimmed, actor, at);
        AddEvent(MailEventKind.Delivered, trimmed, actor, at);
    }

    /// <summary>Records that the item cannot be delivered, with the reason (and a note for an unknown addressee or a refusal).</summary>
    public void MarkUndeliverable(UndeliverableReason reason, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsOpen)
        {
            throw new DomainRuleException("status", $"{Reference} is {Status}; it is no longer on its way.");
        }

        if (!Enum.IsDefined(reason))
        {
            throw new ValidationFailedException("reason", "Unknown reason.");
        }

        var trimmed = Trimmed(note, "note");
        Status = MailStatus.Undeliverable;
        UndeliverableReason = reason;
        Close(trimmed, actor, at);
        AddEvent(MailEventKind.Undeliverable, trimmed, actor, at);
    }

    /// <summary>
    /// Stops an item whose addressee died or was released: it ends undeliverable with that reason and is marked for the
    /// sender's caseworker, who tells the family. Does nothing to an item that is no longer on its way.
    /// </summary>
    public bool Stop(UndeliverableReason reason, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (reason is not (Mail.UndeliverableReason.Died or Mail.UndeliverableReason.Released))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), "Only a death or a release stops an item.");
        }

        if (!IsOpen || !GoesToDetainee)
        {
            return false;
        }

        Status = MailStatus.Undeliverable;
        UndeliverableReason = reason;
        StoppedForSender = true;
        Close("", actor, at);
        AddEvent(MailEventKind.Stopped, reason == Mail.UndeliverableReason.Died ? "the addressee died" : "the addressee was released", actor, at);
        return true;
    }

    /// <summary>The caseworker has told the sender about a stopped item.</summary>
    public void ClearSenderFlag()
    {
        StoppedForSender = false;
        Version++;
    }

    protected void Close(string note, Actor actor, DateTimeOffset at)
    {
        ClosedAt = at;
        ClosedBy = actor.UserName;
        OutcomeNote = note;
        Version++;
    }

    protected static string Trimmed(string? text, string field)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > NoteLength)
        {
            throw new ValidationFailedException(field, $"At most {NoteLength} characters.");
        }

        return trimmed;
    }

    protected abstract void AddEvent(MailEventKind kind, string note, Actor actor, DateTimeOffset at);
}
