using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>A registry person as the module's lists show them: reference, names as written and their Latin reading.</summary>
public sealed record ExchangePersonView(string Reference, string Name, string NameLatin);

/// <summary>
/// A proceeding as a list shows it: stage, person, court, the dates that matter, whether the notice fell short of three
/// weeks (art. 104) and, for a death sentence, the earliest day it may be carried out (art. 101).
/// </summary>
public sealed record JudicialSummary(
    string Reference,
    JudicialStage Stage,
    bool IsPending,
    ExchangePersonView Person,
    string ProsecutingParty,
    string Court,
    DateOnly? NotifiedOn,
    DateOnly? TrialDate,
    bool NoticeShort,
    DateOnly? SentencedOn,
    bool DeathSentence,
    DateOnly? EarliestExecutionOn,
    int Version);

/// <summary>One proceeding in full.</summary>
public sealed record JudicialView(
    JudicialSummary Summary,
    string Charges,
    string LegalProvisions,
    string TrialPlace,
    string Sentence,
    DateOnly? SentenceEndsOn,
    string? ServedAtPlace,
    string? ServedAtPlaceName,
    string StageNote,
    DateOnly? ClosedOn,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
