namespace Kinlink.Data.Visits;

/// <summary>A visit request naming the person, and the party's answer about them.</summary>
public sealed record PersonVisitRequestEntry(string RequestReference, string PartyCode, string? PlaceCode, DateTimeOffset SentAt, Domain.Visits.VisitRequestStatus Status, Domain.Visits.VisitPersonAnswer Answer, string AnswerReason);
