namespace Kinlink.Data.Exchanges;

/// <summary>Filters of the packets of effects: status code (held, handed-over), the person.</summary>
public sealed record EffectsPacketQuery(string? Status = null, string? Person = null, int? Page = null, int? PageSize = null);
