using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>One entry of the person on an exchange list: the exchange, the releasing side, and how far it went.</summary>
public sealed record PersonExchangeEntry(string Exchange, ExchangeStatus ExchangeStatus, string ReleasingParty, ExchangeResolution Resolution, bool IdentityConfirmed, RepatriationWish Wish, HandoverOutcome Outcome, NotHandedOverReason Reason);

public sealed record PersonMedicalCase(string Reference, MedicalCaseStatus Status, CommissionDecision Decision, DateOnly ProposedOn);

public sealed record PersonDeathNotification(string Reference, DeathNotificationStatus Status, string DateOfDeath);

public sealed record PersonEffectsPacket(string Reference, EffectsPacketStatus Status, EffectsReason Reason, DateOnly ReceivedOn);

/// <summary>What the exchanges module knows of one person, for their page: exchange entries, medical cases, death notification, effects, proceedings.</summary>
public sealed record PersonExchanges(
    IReadOnlyList<PersonExchangeEntry> Exchanges,
    IReadOnlyList<PersonMedicalCase> MedicalCases,
    IReadOnlyList<PersonDeathNotification> Deaths,
    IReadOnlyList<PersonEffectsPacket> Packets,
    IReadOnlyList<JudicialSummary> Proceedings)
{
    public bool IsEmpty => Exchanges.Count == 0 && MedicalCases.Count == 0 && Deaths.Count == 0 && Packets.Count == 0 && Proceedings.Count == 0;
}
