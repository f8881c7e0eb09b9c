using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>A request as shown: its party and place resolved, its persons with their names, its steps in order, and whether it is overdue.</summary>
public sealed record VisitRequestRecord(
    VisitRequest Request, string PartyCode, string PartyName, string? PlaceCode, string? PlaceName,
    IReadOnlyList<VisitRequestPersonView> Persons, IReadOnlyList<VisitRequestEvent> Events, bool IsOverdue, DateTimeOffset? AnswerDueAt);
