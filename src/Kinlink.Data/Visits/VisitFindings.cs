namespace Kinlink.Data.Visits;

/// <summary>The confidential findings of a visit, opened for someone with need to know.</summary>
public sealed record VisitFindings(string Reference, string Findings, string Recommendations, IReadOnlyList<VisitPersonNote> Notes, int Version);
