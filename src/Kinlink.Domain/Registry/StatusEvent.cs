using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>One entry in a person's timeline: capture, transfer, hospital, release, death, and so on.</summary>
public sealed class StatusEvent
{
    private StatusEvent()
    {
    }

    public StatusEventId Id { get; private set; }

    public PersonId PersonId { get; private set; }

    public StatusEventKind Kind { get; private set; }

    public PartialDate Date { get; private set; } = null!;

    /// <summary>The place the person is at after the event (the destination of a transfer, the hospital).</summary>
    public PlaceId? PlaceId { get; private set; }

    /// <summary>For a transfer: where the person came from, as the source said.</summary>
    public PlaceId? FromPlaceId { get; private set; }

    /// <summary>State of health in words, for hospital events and health news.</summary>
    public string Condition { get; private set; } = "";

    /// <summary>Art. 122: the detaining party owes weekly health news on the seriously ill or wounded.</summary>
    public bool SeriouslyIllOrWounded { get; private set; }

    public string Note { get; private set; } = "";

    public SourceListId? SourceListId { get; private set; }

    /// <summary>The list, document or visit the event came from, in words.</summary>
    public string SourceLabel { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    /// <summary>The party whose officer or list reported the event (null when the intermediary's staff entered it): that party is not notified of it again.</summary>
    public PartyId? ReportedByPartyId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Entered to correct the record: it is kept even where the rules would refuse it.</summary>
    public bool IsCorrection { get; private set; }

    /// <summary>Order of entry: breaks ties between events of the same date and kind.</summary>
    public long Sequence { get; private set; }

    internal static StatusEvent Create(PersonId personId, StatusEventDraft draft, long sequence, Actor actor, DateTimeOffset recordedAt) => new()
    {
        Id = StatusEventId.New(),
        PersonId = personId,
        Kind = draft.Kind,
        Date = draft.Date,
        PlaceId = draft.PlaceId,
        FromPlaceId = draft.FromPlaceId,
        Condition = (draft.Condition ?? "").Trim(),
        SeriouslyIllOrWounded = draft.SeriouslyIllOrWounded,
        Note = (draft.Note ?? "").Trim(),
        SourceListId = draft.SourceListId,
        SourceLabel = (draft.SourceLabel ?? "").Trim(),
        RecordedBy = actor.UserName,
        ReportedByPartyId = draft.ReportedByPartyId,
        RecordedAt = recordedAt,
        IsCorrection = draft.IsCorrection,
        Sequence = sequence,
    };

    /// <summary>The same fact as the draft: a second import of the same row must not add it again.</summary>
    internal bool Repeats(StatusEventDraft draft) =>
        Kind == draft.Kind && Date == draft.Date && PlaceId == draft.PlaceId && FromPlaceId == draft.FromPlaceId;

    internal void MoveTo(PersonId personId) => PersonId = personId;
}
