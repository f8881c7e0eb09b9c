using Kinlink.Domain.Common;

namespace Kinlink.Domain.Mail;

/// <summary>
/// A Red Cross message, letter, card or capture card between a family and a person in the registry. The text and the
/// family member's name and address are held sealed (the caller seals them; see <see cref="Create"/>); the trail of steps
/// runs received → checked by the detaining authority (passed, passed with parts struck out, withheld) → in transit →
/// delivered or undeliverable, and a reply is linked to the message it answers.
/// </summary>
public sealed class Message : MailItem
{
    private readonly List<MailEvent> _events = [];

    private Message()
    {
    }

    public MessageId Id { get; private set; }

    public MessageKind Kind { get; private set; }

    public MessageDirection Direction { get; private set; }

    /// <summary>The family member's name, sealed.</summary>
    public string SealedCorrespondentName { get; private set; } = "";

    /// <summary>The family member's address, sealed.</summary>
    public string SealedCorrespondentAddress { get; private set; } = "";

    /// <summary>How the family member is related to the person (mother, wife, …), as said.</summary>
    public string CorrespondentRelation { get; private set; } = "";

    public string Language { get; private set; } = "";

    /// <summary>The text, sealed.</summary>
    public string SealedText { get; private set; } = "";

    /// <summary>Whether a scan of the paper form is stored with the message.</summary>
    public bool HasScan { get; private set; }

    /// <summary>The message this one answers.</summary>
    public MessageId? InReplyToId { get; private set; }

    public MessageCheckOutcome? CheckOutcome { get; private set; }

    /// <summary>What the authority struck out, or why it withheld the message.</summary>
    public string CheckNote { get; private set; } = "";

    public DateTimeOffset? CheckedAt { get; private set; }

    public string CheckedBy { get; private set; } = "";

    public IReadOnlyList<MailEvent> Events => _events;

    public override bool GoesToDetainee => Direction == MessageDirection.ToDetainee;

    /// <summary>Whether the message counts against the art. 71 quota as a letter, a card, or not at all (capture cards).</summary>
    public MailQuotaKind? QuotaKind => Art71.QuotaKindOf(Kind);

    /// <summary>
    /// Takes a message in. <paramref name="seal"/> seals one plain value under a purpose bound to the new message's id
    /// (see the data layer's sealing purposes), so the domain never holds the text in the clear after this call.
    /// A reply names the message it answers, which must be about the same person and go the other way.
    /// </summary>
    public static Message Create(MessageDraft draft, Message? inReplyTo, Func<MessageId, string, string, string> seal, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(actor);
        var valid = draft.Validated();
        if (inReplyTo is not null && (inReplyTo.PersonId != valid.PersonId || inReplyTo.Direction == valid.Direction))
        {
            throw new ValidationFailedException("inReplyTo", $"{inReplyTo.Reference} is not a message this one can answer: a reply is about the same person and goes the other way.");
        }

        var id = MessageId.New();
        var message = new Message
        {
            Id = id,
            Reference = MailReference.New(MailReference.MessagePrefix),
            Kind = valid.Kind,
            Direction = valid.Direction,
            PersonId = valid.PersonId,
            EnquiryId = valid.EnquiryId ?? inReplyTo?.EnquiryId,
            Intake = valid.Intake,
            Status = MailStatus.Received,
            ReceivedAt = at,
            ReceivedBy = actor.UserName,
            SealedCorrespondentName = seal(id, MailSealing.CorrespondentName, valid.CorrespondentName!),
            SealedCorrespondentAddress = seal(id, MailSealing.CorrespondentAddress, valid.CorrespondentAddress!),
            CorrespondentRelation = valid.CorrespondentRelation!,
            Language = valid.Language!,
            SealedText = seal(id, MailSealing.Text, valid.Text!),
            InReplyToId = inReplyTo?.Id,
        };
        message.AddEvent(MailEventKind.Received, inReplyTo is null ? "" : $"reply to {inReplyTo.Reference}", actor, at);
        return message;
    }

    /// <summary>Records the detaining authority's check: passed, passed with parts struck out (say which), or withheld (say why).</summary>
    public void RecordCheck(MessageCheckOutcome outcome, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != MailStatus.Received)
        {
            throw new DomainRuleException("status", $"{Reference} is {Status}; the check is recorded once, before dispatch.");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new ValidationFailedException("outcome", "Unknown outcome of the check.");
        }

        var trimmed = Trimmed(note, "note");
        if (trimmed.Length == 0 && outcome != MessageCheckOutcome.Passed)
        {
            throw new ValidationFailedException("note", outcome == MessageCheckOutcome.Withheld ? "Say why the authority withheld it." : "Say what was struck out.");
        }

        CheckOutcome = outcome;
        CheckNote = trimmed;
        CheckedAt = at;
        CheckedBy = actor.UserName;
        if (outcome == MessageCheckOutcome.Withheld)
        {
            Status = MailStatus.Withheld;
            Close(trimmed, actor, at);
            AddEvent(MailEventKind.Withheld, trimmed, actor, at);
            return;
        }

        Status = MailStatus.Cleared;
        Version++;
        AddEvent(MailEventKind.Checked, outcome == MessageCheckOutcome.Passed ? "passed" : $"passed with parts struck out: {trimmed}", actor, at);
    }

    /// <summary>Marks that a scan of the paper form is now stored with the message.</summary>
    public void AttachScan()
    {
        HasScan = true;
        Version++;
    }

    protected override void AddEvent(MailEventKind kind, string note, Actor actor, DateTimeOffset at) =>
        _events.Add(MailEvent.ForMessage(Id, kind, Status, RoutedPlaceId, note, actor, at));
}
