namespace Kinlink.Data.Registry.Duplicates;

/// <summary>A pair as the worklist shows it: the two persons side by side with the score the scan found.</summary>
public sealed record DuplicatePairSummary(DuplicatePair Pair, PersonSummary First, PersonSummary Second);
