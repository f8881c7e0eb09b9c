using Kinlink.Data.Registry;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>One list entry with the party whose list it is on, the registry person it is tied to, and what stops its handover (empty: ready).</summary>
public sealed record ExchangeEntryView(ExchangeEntry Entry, string ReleasingParty, PersonSummary? Person, IReadOnlyList<string> Blockers)
{
    public bool Ready => Blockers.Count == 0;
}
