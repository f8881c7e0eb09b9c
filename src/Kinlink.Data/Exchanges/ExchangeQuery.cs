namespace Kinlink.Data.Exchanges;

/// <summary>Filters of the exchanges list: status code and a party code (either side).</summary>
public sealed record ExchangeQuery(string? Status = null, string? Party = null, int? Page = null, int? PageSize = null);
