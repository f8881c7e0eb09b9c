using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>What a user, a list or a visit reports happened to a person.</summary>
public sealed record StatusEventDraft(
    StatusEventKind Kind,
    PartialDate Date,
    PlaceId? PlaceId = null,
    PlaceId? FromPlaceId = null,
    string? Condition = null,
    bool SeriouslyIllOrWounded = false,
    string? Note = null,
    SourceListId? SourceListId = null,
    string? SourceLabel = null,
    bool IsCorrection = false,
    PartyId? ReportedByPartyId = null);
