using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>One line of the request list.</summary>
public sealed record VisitRequestSummary(
    VisitRequestId Id, string Reference, string PartyCode, string? PlaceCode, string? PlaceName, VisitRequestStatus Status, VisitPriority Priority,
    DateOnly ProposedFrom, DateOnly ProposedTo, int PersonCount, DateTimeOffset SentAt, DateTimeOffset AwaitingSince, DateTimeOffset? AnsweredAt,
    DateTimeOffset? VisitAt, DateTimeOffset? ProposedAt, bool IsOverdue);
