namespace Kinlink.Data.Access;

/// <summary>One account as lists show it. <see cref="PartyCode"/> is null for the intermediary.</summary>
public sealed record UserSummary(
    Guid Id, string Email, string DisplayName, string Role, string? PartyCode, bool LockedOut, DateTimeOffset? LockedUntil, bool TwoFactorEnabled, bool MustChangePassword, bool Disabled);
