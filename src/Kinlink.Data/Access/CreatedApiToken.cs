namespace Kinlink.Data.Access;

/// <summary>A token just made: <see cref="Token"/> is the only time its value is available.</summary>
public sealed record CreatedApiToken(string Email, string Name, string Token, DateTimeOffset ExpiresAt);
