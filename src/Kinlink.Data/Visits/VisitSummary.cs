using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>One visit in a list.</summary>
public sealed record VisitSummary(
    VisitId Id, string Reference, string PlaceCode, string PlaceName, string DetainingPartyCode, string? RequestReference,
    DateOnly StartedOn, DateOnly EndedOn, string Delegates, int PersonsRecorded, int PersonsSeen, int OpenFollowUps);
