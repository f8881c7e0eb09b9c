namespace Kinlink.Data.Visits;

/// <summary>A visit as the person's page lists it: when, where, seen or why not, a private interview.</summary>
public sealed record PersonVisitEntry(string VisitReference, DateOnly StartedOn, DateOnly EndedOn, string PlaceCode, string PlaceName, bool Seen, Domain.Visits.VisitNotSeenReason NotSeenReason, bool PrivateInterview);
