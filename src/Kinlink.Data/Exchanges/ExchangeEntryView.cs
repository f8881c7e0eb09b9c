using Kinlink.Data.Registry;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// One list entry with the party whose list it is on, the registry person it is tied to, and what stops its handover
/// (empty: ready), of which <paramref name="PendingProceeding"/> is the one the entry itself does not hold.
/// </summary>
public sealed record ExchangeEntryView(ExchangeEntry Entry, string ReleasingParty, PersonSummary? Person, IReadOnlyList<string> Blockers, bool PendingProceeding)
{
    public bool Ready => Blockers.Count == 0;
}
