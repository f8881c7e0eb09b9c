using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>A request a visit is recorded for: its place (if it named one), where it stands, and the persons accepted ("reference name").</summary>
public sealed record VisitRequestPrefill(string Reference, string? PlaceCode, VisitRequestStatus Status, IReadOnlyList<string> AcceptedPersons);
