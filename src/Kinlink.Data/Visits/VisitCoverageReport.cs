namespace Kinlink.Data.Visits;

/// <summary>Coverage per party and per place, as of <see cref="Today"/>, with the revisit interval it was computed with.</summary>
public sealed record VisitCoverageReport(IReadOnlyList<PartyCoverage> Parties, IReadOnlyList<PlaceCoverage> Places, DateOnly Today, int RevisitDays);
