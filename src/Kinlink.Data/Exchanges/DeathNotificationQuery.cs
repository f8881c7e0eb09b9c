namespace Kinlink.Data.Exchanges;

/// <summary>Filters of the death notifications: status code, the person's party of origin (code), the person, only those not yet transmitted.</summary>
public sealed record DeathNotificationQuery(string? Status = null, string? Party = null, string? Person = null, bool NotTransmittedOnly = false, int? Page = null, int? PageSize = null);
