using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>An exchange with its two lists (party A's first), each entry's state and blockers, and the balance so far.</summary>
public sealed record ExchangeView(ExchangeOperation Operation, string PartyA, string PartyB, IReadOnlyList<ExchangeEntryView> Entries, ExchangeBalance Balance)
{
    public IEnumerable<ExchangeEntryView> ListOf(string party) => Entries.Where(e => e.ReleasingParty == party);
}
