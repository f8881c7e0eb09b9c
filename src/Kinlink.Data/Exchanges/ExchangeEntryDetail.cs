using Kinlink.Data.Registry.Matching;

namespace Kinlink.Data.Exchanges;

/// <summary>One entry as its page shows it: the entry, the exchange it is on, and the persons matching proposes, explained per field.</summary>
public sealed record ExchangeEntryDetail(ExchangeView Exchange, ExchangeEntryView Entry, IReadOnlyList<PersonMatch> Candidates);
