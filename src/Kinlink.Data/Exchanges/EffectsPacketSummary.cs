namespace Kinlink.Data.Exchanges;

/// <summary>A packet of personal effects as a list shows it.</summary>
public sealed record EffectsPacketSummary(
    string Reference,
    string Person,
    string FullName,
    string LatinName,
    string Reason,
    string SealNumber,
    DateOnly ReceivedOn,
    string Status,
    DateOnly? HandedOverOn,
    string HandedOverTo,
    int Items,
    string? DeathNotification);
