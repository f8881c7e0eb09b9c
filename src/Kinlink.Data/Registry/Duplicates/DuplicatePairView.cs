using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// A pair for a decision: both persons in full, the engine's explanation computed now for the two name forms that
/// agree best, the survivor proposed (the older registration) and, once merged, the merge that a split would undo.
/// </summary>
public sealed record DuplicatePairView(
    DuplicatePair Pair,
    DuplicateSide First,
    DuplicateSide Second,
    double Score,
    IReadOnlyList<string> Explanation,
    string Prior,
    string FirstFormCompared,
    string SecondFormCompared,
    PersonId ProposedSurvivorId,
    PersonMerge? Merge,
    Matching.MatchReasons Reasons)
{
    public bool IsOpen => Pair.State == DuplicatePairState.Open && !First.Person.IsMerged && !Second.Person.IsMerged;

    public bool CanSplit => Merge is { IsSplit: false };
}
