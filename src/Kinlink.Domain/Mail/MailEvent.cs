using Kinlink.Domain.Common;

namespace Kinlink.Domain.Mail;

/// <summary>One step on a message's or a parcel's trail, with its time and who took it. Only ever added.</summary>
public sealed class MailEvent
{
    public const int NoteLength = 2000;

    private MailEvent()
    {
    }

    public MailEventId Id { get; private set; }

    /// <summary>The message the step belongs to, or null for a parcel's step.</summary>
    public MessageId? MessageId { get; private set; }

    /// <summary>The parcel the step belongs to, or null for a message's step.</summary>
    public ParcelId? ParcelId { get; private set; }

    public MailEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    /// <summary>The item's status after the step.</summary>
    public MailStatus ToStatus { get; private set; }

    /// <summary>The place the item was routed to after the step.</summary>
    public PlaceId? PlaceId { get; private set; }

    public string Note { get; private set; } = "";

    internal static MailEvent ForMessage(MessageId messageId, MailEventKind kind, MailStatus toStatus, PlaceId? placeId, string note, Actor actor, DateTimeOffset at) => new()
    {
        Id = MailEventId.New(),
        MessageId = messageId,
        Kind = kind,
        At = at,
        By = actor.UserName,
        ToStatus = toStatus,
        PlaceId = placeId,
        Note = note,
    };

    internal static MailEvent ForParcel(ParcelId parcelId, MailEventKind kind, MailStatus toStatus, PlaceId? placeId, string note, Actor actor, DateTimeOffset at) => new()
    {
        Id = MailEventId.New(),
        ParcelId = parcelId,
        Kind = kind,
        At = at,
        By = actor.UserName,
        ToStatus = toStatus,
        PlaceId = placeId,
        Note = note,
    };
}
