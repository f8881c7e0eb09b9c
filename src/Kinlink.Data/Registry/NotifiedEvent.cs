using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A status event as notified (art. 122(5)-(6)): what happened, when, where, and the state of health; not who recorded it from which source.</summary>
public sealed record NotifiedEvent(
    StatusEventId Id,
    StatusEventKind Kind,
    PartialDate Date,
    PlaceId? PlaceId,
    PlaceId? FromPlaceId,
    string Condition,
    bool SeriouslyIllOrWounded);
