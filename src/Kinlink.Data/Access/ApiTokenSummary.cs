namespace Kinlink.Data.Access;

/// <summary>One token as lists show it: never its value.</summary>
public sealed record ApiTokenSummary(
    Guid Id, string Name, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? LastUsedAt, bool Active);
