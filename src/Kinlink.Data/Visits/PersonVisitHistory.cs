namespace Kinlink.Data.Visits;

/// <summary>A person's visits and the requests that named them, newest first.</summary>
public sealed record PersonVisitHistory(IReadOnlyList<PersonVisitEntry> Visits, IReadOnlyList<PersonVisitRequestEntry> Requests);
