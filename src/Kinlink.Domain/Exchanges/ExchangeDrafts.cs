using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>An exchange operation as agreed between the parties: who, on what terms, when and where.</summary>
public sealed record ExchangeDraft(
    PartyId PartyAId,
    PartyId PartyBId,
    ExchangeTerms Terms,
    int? CountPerSide,
    string? Categories,
    string? TermsNote,
    DateOnly? PlannedDate,
    string? Place);

/// <summary>A person as a party's exchange list names them, before they are tied to the registry.</summary>
public sealed record ExchangeListing(
    string Surname,
    string? GivenName,
    string? Patronymic,
    PartialDate? DateOfBirth,
    string? ServiceNumber,
    string? Note);
