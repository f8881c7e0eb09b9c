using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>One packet of effects with its owner's identity from the registry, the death notification it belongs with, and the party it was handed to.</summary>
public sealed record EffectsPacketView(EffectsPacket Packet, DeceasedIdentity Person, string? DeathNotification, string HandedOverToParty);
