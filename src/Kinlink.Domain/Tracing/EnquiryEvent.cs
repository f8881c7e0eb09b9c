using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// One change in a case's life (issue 5 item 4: "every change with date, who, and why"): a status change, with the
/// person and place of detention when the person was located, or the located person's answer on sharing news.
/// Events are only ever added, so the history cannot be rewritten.
/// </summary>
public sealed class EnquiryEvent
{
    private EnquiryEvent()
    {
    }

    public EnquiryEventId Id { get; private set; }

    public EnquiryId EnquiryId { get; private set; }

    public EnquiryEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public EnquiryStatus? FromStatus { get; private set; }

    public EnquiryStatus? ToStatus { get; private set; }

    /// <summary>On the way to located: the registry person confirmed as the sought person.</summary>
    public PersonId? PersonId { get; private set; }

    /// <summary>On the way to located: the place of detention the intermediary knew the person to be held at then.</summary>
    public PlaceId? PlaceId { get; private set; }

    public SharingConsent? FromConsent { get; private set; }

    public SharingConsent? ToConsent { get; private set; }

    public DateOnly? ConsentObtainedOn { get; private set; }

    public ConsentObtainedBy? ConsentObtainedBy { get; private set; }

    public RefusalAllowance? AllowedOnRefusal { get; private set; }

    internal static EnquiryEvent StatusChange(
        EnquiryId enquiryId, EnquiryStatus from, EnquiryStatus to, string reason, PersonId? personId, PlaceId? placeId, Actor actor, DateTimeOffset at) => new()
    {
        Id = EnquiryEventId.New(),
        EnquiryId = enquiryId,
        Kind = EnquiryEventKind.Status,
        At = at,
        By = actor.UserName,
        Reason = reason,
        FromStatus = from,
        ToStatus = to,
        PersonId = personId,
        PlaceId = placeId,
    };

    internal static EnquiryEvent ConsentChange(
        EnquiryId enquiryId, SharingConsent from, SharingConsent to, SharingConsentDraft draft, string reason, Actor actor, DateTimeOffset at) => new()
    {
        Id = EnquiryEventId.New(),
        EnquiryId = enquiryId,
        Kind = EnquiryEventKind.SharingConsent,
        At = at,
        By = actor.UserName,
        Reason = reason,
        FromConsent = from,
        ToConsent = to,
        ConsentObtainedOn = draft.ObtainedOn,
        ConsentObtainedBy = draft.ObtainedBy,
        AllowedOnRefusal = to == SharingConsent.Refused ? draft.AllowedOnRefusal : null,
    };
}
