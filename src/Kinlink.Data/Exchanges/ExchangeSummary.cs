using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>An exchange as the list shows it: who, on what terms, when, and how long each side's list is.</summary>
public sealed record ExchangeSummary(
    string Reference,
    string PartyA,
    string PartyB,
    ExchangeTerms Terms,
    int? CountPerSide,
    string Categories,
    DateOnly? PlannedDate,
    string Place,
    ExchangeStatus Status,
    int ListedA,
    int ListedB,
    DateOnly? ExecutedOn,
    int Version);
