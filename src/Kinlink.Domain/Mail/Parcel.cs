using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Domain.Mail;

/// <summary>
/// An individual parcel for a person in the registry (GC III art. 72): its contents by line, checked against the
/// configured <see cref="ParcelRules"/> when taken in (refused with a reason for each broken rule, or cleared), sent in a
/// batch to the place the person is held, delivered against a receipt signed by the prisoner or the prisoners'
/// representative (art. 125), or returned to the sender. The sender's name and address are held sealed.
/// </summary>
public sealed class Parcel : MailItem
{
    public const int SignerNameLength = 200;

    private readonly List<ParcelLine> _lines = [];
    private readonly List<MailEvent> _events = [];

    private Parcel()
    {
    }

    public ParcelId Id { get; private set; }

    public string SealedSenderName { get; private set; } = "";

    public string SealedSenderAddress { get; private set; } = "";

    public IReadOnlyList<ParcelLine> Lines => _lines;

    /// <summary>The sum of the lines' weights, kept so lists and manifests need not add them up.</summary>
    public int TotalWeightGrams { get; private set; }

    /// <summary>Why the parcel was refused: one reason per line of text, each naming the rule and the line.</summary>
    public string RefusalReasons { get; private set; } = "";

    public ParcelReceiptSigner? ReceiptSigner { get; private set; }

    /// <summary>The name of who signed the receipt, as written.</summary>
    public string ReceiptSignerName { get; private set; } = "";

    public IReadOnlyList<MailEvent> Events => _events;

    public override bool GoesToDetainee => true;

    /// <summary>Takes a parcel in and checks it at once: cleared, or refused with every reason.</summary>
    public static Parcel Create(ParcelDraft draft, ParcelRules rules, Func<ParcelId, string, string, string> seal, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(actor);
        var valid = draft.Validated();
        var id = ParcelId.New();
        var parcel = new Parcel
        {
            Id = id,
            Reference = MailReference.New(MailReference.ParcelPrefix),
            PersonId = valid.PersonId,
            EnquiryId = valid.EnquiryId,
            Intake = valid.Intake,
            Status = MailStatus.Received,
            ReceivedAt = at,
            ReceivedBy = actor.UserName,
            SealedSenderName = seal(id, MailSealing.ParcelSenderName, valid.SenderName!),
            SealedSenderAddress = seal(id, MailSealing.ParcelSenderAddress, valid.SenderAddress!),
        };
        parcel.AddEvent(MailEventKind.Received, "", actor, at);
        parcel.ApplyLines(valid.Lines, rules, actor, at);
        return parcel;
    }

    /// <summary>
    /// Replaces the contents (the sender took out what was refused, or a line was typed wrong) and checks again. Only
    /// before the parcel is in a batch.
    /// </summary>
    public void CorrectLines(IReadOnlyList<ParcelLineDraft> lines, ParcelRules rules, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (MailStatus.Received or MailStatus.Cleared or MailStatus.Refused) || BatchId is not null)
        {
            throw new DomainRuleException("status", $"{Reference} is {Status}{(BatchId is null ? "" : " in a batch")}; its contents can no longer change.");
        }

        ParcelDraft.ValidateLines(lines);
        ClosedAt = null;
        ClosedBy = "";
        OutcomeNote = "";
        AddEvent(MailEventKind.Corrected, "", actor, at);
        ApplyLines(lines, rules, actor, at);
    }

    /// <summary>Records delivery against the signed receipt (art. 125): who signed, by name.</summary>
    public void Deliver(DeliveryChannel channel, VisitId? visitId, ParcelReceiptSigner signer, string? signerName, string? note, Actor actor, DateTimeOffset at)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(signer))
        {
            errors["receiptSigner"] = ["Say who signed the receipt: the prisoner or the prisoners' representative."];
        }

        var name = (signerName ?? "").Trim();
        if (name.Length == 0 || name.Length > SignerNameLength)
        {
            errors["receiptSignerName"] = [$"The name on the signed receipt (at most {SignerNameLength} characters)."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        Deliver(channel, visitId, note, actor, at);
        ReceiptSigner = signer;
        ReceiptSignerName = name;
    }

    /// <summary>Sends a refused or undeliverable parcel back to its sender.</summary>
    public void Return(string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (MailStatus.Refused or MailStatus.Undeliverable))
        {
            throw new DomainRuleException("status", $"{Reference} is {Status}; only a refused or undeliverable parcel is returned.");
        }

        var trimmed = Trimmed(note, "note");
        Status = MailStatus.Returned;
        StoppedForSender = false;
        Close(trimmed, actor, at);
        AddEvent(MailEventKind.Returned, trimmed, actor, at);
    }

    private void ApplyLines(IReadOnlyList<ParcelLineDraft> lines, ParcelRules rules, Actor actor, DateTimeOffset at)
    {
        // Lines keep their numbers: a line already stored is changed in place rather than removed and added again under
        // the same key, which a change tracker cannot hold twice.
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < _lines.Count)
            {
                _lines[i].Replace(lines[i]);
            }
            else
            {
                _lines.Add(ParcelLine.Create(Id, i + 1, lines[i]));
            }
        }

        if (_lines.Count > lines.Count)
        {
            _lines.RemoveRange(lines.Count, _lines.Count - lines.Count);
        }

        TotalWeightGrams = _lines.Sum(l => l.WeightGrams);
        var violations = rules.Check(lines);
        Version++;
        if (violations.Count > 0)
        {
            Status = MailStatus.Refused;
            RefusalReasons = string.Join('\n', violations.Select(v => v.ToString()));
            Close(RefusalReasons.Length > NoteLength ? RefusalReasons[..NoteLength] : RefusalReasons, actor, at);
            AddEvent(MailEventKind.Refused, OutcomeNote, actor, at);
            return;
        }

        Status = MailStatus.Cleared;
        RefusalReasons = "";
        AddEvent(MailEventKind.Checked, "passed the parcel rules", actor, at);
    }

    protected override void AddEvent(MailEventKind kind, string note, Actor actor, DateTimeOffset at) =>
        _events.Add(MailEvent.ForParcel(Id, kind, Status, RoutedPlaceId, note, actor, at));
}
