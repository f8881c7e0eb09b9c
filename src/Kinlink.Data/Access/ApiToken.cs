namespace Kinlink.Data.Access;

/// <summary>
/// A machine client's credential for the API, held for an account: an information bureau's upload script
/// signs in as that account. Only the SHA-256 of the token is kept; the token itself is shown once.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>What the token is for ("weekly list upload"): unique among the account's tokens that are not revoked.</summary>
    public string Name { get; init; } = "";

    /// <summary>Hex SHA-256 of the whole token. The token carries 256 random bits, so a fast hash is enough (no salt, no stretching).</summary>
    public string Hash { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(string by, DateTimeOffset at)
    {
        RevokedAt = at;
        RevokedBy = by;
    }
}
