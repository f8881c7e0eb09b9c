using Kinlink.Domain.Common;

namespace Kinlink.Domain.Mail;

/// <summary>
/// A dispatch of cleared messages and parcels to one place of detention, with a printable manifest. Items join while it
/// is open; dispatching puts them all in transit at once.
/// </summary>
public sealed class MailBatch
{
    public const int NoteLength = 1000;

    private MailBatch()
    {
    }

    public MailBatchId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PlaceId PlaceId { get; private set; }

    public PartyId DetainingPartyId { get; private set; }

    public MailBatchStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? DispatchedAt { get; private set; }

    public string DispatchedBy { get; private set; } = "";

    /// <summary>How it travels (courier, with the delegates on a visit, by the authority's post), as said.</summary>
    public string Note { get; private set; } = "";

    public int Version { get; private set; }

    public static MailBatch Create(PlaceId placeId, PartyId detainingPartyId, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = (note ?? "").Trim();
        if (trimmed.Length > NoteLength)
        {
            throw new ValidationFailedException("note", $"At most {NoteLength} characters.");
        }

        return new MailBatch
        {
            Id = MailBatchId.New(),
            Reference = MailReference.New(MailReference.BatchPrefix),
            PlaceId = placeId,
            DetainingPartyId = detainingPartyId,
            Status = MailBatchStatus.Open,
            CreatedAt = at,
            CreatedBy = actor.UserName,
            Note = trimmed,
        };
    }

    /// <summary>Sends the batch: every item in it goes into transit. <paramref name="items"/> must be exactly the batch's items.</summary>
    public void Dispatch(IReadOnlyList<MailItem> items, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != MailBatchStatus.Open)
        {
            throw new DomainRuleException("status", $"Batch {Reference} has already been dispatched.");
        }

        if (items.Count == 0)
        {
            throw new DomainRuleException("items", $"Batch {Reference} is empty.");
        }

        if (items.Any(i => i.BatchId != Id || i.Status != MailStatus.Cleared))
        {
            throw new DomainRuleException("items", $"Batch {Reference} holds an item that is not cleared for dispatch.");
        }

        foreach (var item in items)
        {
            item.MarkDispatched(this, actor, at);
        }

        Status = MailBatchStatus.Dispatched;
        DispatchedAt = at;
        DispatchedBy = actor.UserName;
        Version++;
    }
}
