namespace Kinlink.Data.Exchanges;

/// <summary>Why an exchange is called off, with the version read.</summary>
public sealed record ExchangeCancellation(string? Note = null, int? Version = null);
