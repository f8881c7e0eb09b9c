using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>One side's figures: the list of the party that releases, and what became of it.</summary>
public sealed record ExchangeSideCount(PartyId ReleasingPartyId, int Listed, int HandedOver, int NotHandedOver, int Declined, int Pending);

/// <summary>
/// Whether the handover balances with the terms. N for N (and categories with a number): each side hands over exactly
/// the agreed number. All for all: everyone on each list is handed over, save those who declined (nobody goes home
/// against their will, so a refusal is never a breach) or died. Categories without a number: no count to balance.
/// </summary>
public sealed record ExchangeBalance(ExchangeSideCount SideA, ExchangeSideCount SideB, bool Balanced, IReadOnlyList<string> Problems)
{
    /// <param name="proposed">Decisions not recorded yet (a handover being entered), which count instead of the entries' outcomes.</param>
    public static ExchangeBalance Of(ExchangeOperation operation, IReadOnlyDictionary<ExchangeEntryId, HandoverDecision>? proposed = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        HandoverOutcome OutcomeOf(ExchangeEntry e) =>
            proposed is not null && proposed.TryGetValue(e.Id, out var decision)
                ? decision.HandedOver ? HandoverOutcome.HandedOver : HandoverOutcome.NotHandedOver
                : e.Outcome;
        NotHandedOverReason ReasonOf(ExchangeEntry e) =>
            proposed is not null && proposed.TryGetValue(e.Id, out var decision) ? decision.Reason : e.NotHandedOverReason;

        ExchangeSideCount Side(PartyId party)
        {
            var entries = operation.Entries.Where(e => e.ReleasingPartyId == party).ToList();
            return new ExchangeSideCount(
                party,
                entries.Count,
                entries.Count(e => OutcomeOf(e) == HandoverOutcome.HandedOver),
                entries.Count(e => OutcomeOf(e) == HandoverOutcome.NotHandedOver),
                entries.Count(e => OutcomeOf(e) != HandoverOutcome.HandedOver && e.Wish is RepatriationWish.No or RepatriationWish.Undecided),
                entries.Count(e => OutcomeOf(e) == HandoverOutcome.Pending));
        }

        var a = Side(operation.PartyAId);
        var b = Side(operation.PartyBId);
        var problems = new List<string>();
        foreach (var side in new[] { a, b })
        {
            if (operation.CountPerSide is { } agreed && side.HandedOver != agreed)
            {
                problems.Add($"side {(side == a ? "A" : "B")} hands over {side.HandedOver}, {agreed} agreed");
            }

            if (operation.Terms == ExchangeTerms.AllForAll)
            {
                var excused = operation.Entries.Count(e => e.ReleasingPartyId == side.ReleasingPartyId && OutcomeOf(e) != HandoverOutcome.HandedOver
                    && (e.Wish is RepatriationWish.No or RepatriationWish.Undecided || ReasonOf(e) == NotHandedOverReason.Died));
                var missing = side.Listed - side.HandedOver - excused;
                if (missing > 0)
                {
                    problems.Add($"side {(side == a ? "A" : "B")} keeps {missing} of its list who did not decline");
                }
            }
        }

        return new ExchangeBalance(a, b, problems.Count == 0, problems);
    }
}
