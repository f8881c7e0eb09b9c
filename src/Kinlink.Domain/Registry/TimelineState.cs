using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>Where a person stands after replaying the timeline in date order.</summary>
public sealed record TimelineState(
    PersonStatus Status,
    PlaceId? PlaceId,
    PartialDate? StatusSince,
    bool SeriouslyIllOrWounded,
    PartialDate? LastHealthNews)
{
    public static TimelineState Initial { get; } = new(PersonStatus.Unknown, null, null, false, null);

    /// <summary>Held somewhere by a detaining party (in a place of detention or a hospital).</summary>
    public bool IsDeprivedOfLiberty => Status is PersonStatus.Held or PersonStatus.InHospital;
}
